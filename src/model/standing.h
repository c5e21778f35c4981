// What a version of a document is on a given day: in force, not yet in
// force, expired, superseded, repealed or a proposal, with the dates that
// make it so. This is the one place that decides a legal status; every page,
// print edition, feed, open-data file and search entry states what
// standing_of() says, worded by render/status_wording.h. Pure functions of
// the model; thread-safe.
#pragma once

#include <optional>

#include "model/site.h"

namespace styrdok {

enum class Standing {
  in_force,           // applies on the day
  not_yet_in_force,   // adopted, applies from a later day
  expired,            // its period ended and no later version has been adopted
  expired_successor,  // its period ended; a later version is adopted but not yet in force
  superseded,         // a later version has come into force
  repealed,           // the document was repealed on or before the day
  proposal            // not adopted: a proposal, whatever its dates
};

// "in_force", "not_yet_in_force", "expired", "expired_successor", "superseded",
// "repealed", "proposal": the key of open data, search and CSS classes.
const char* to_key(Standing standing);
// The same with the two kinds of "expired" as one: what a status badge says.
const char* badge_key(Standing standing);

struct VersionStanding {
  Standing kind = Standing::in_force;
  // The first day the version applies (valid_from, else its decision date);
  // nullopt when unknown.
  std::optional<Date> from;
  // Whether `from` is the decision date because the version does not state
  // when it starts to apply (no valid_from).
  bool from_decision = false;
  // The last day it applied or applies, when known: its valid_until, or the
  // day before its successor came into force or the document was repealed,
  // whichever is first.
  std::optional<Date> until;
  // Whether its own period is "until further notice" (meaningful when in force).
  bool until_further_notice = false;
  // The adopted version after this one (superseded, expired_successor), or
  // the one that will follow the one in force (in_force, with a successor
  // adopted but not yet in force); -1 if none.
  int successor = -1;
  // The version in force, or the document's current version, when it is not
  // this one (not_yet_in_force, superseded); -1 if none.
  int current = -1;
  // The document's repeal, if it has one; its date may be after the day (a
  // repeal decided, not yet in effect), which is why `kind` may not say so.
  const Repeal* repeal = nullptr;
};

// How version `index` of `doc` stands on `day`. Versions are ordered oldest
// first (content/site_loader.h sort_versions).
VersionStanding standing_of(const Document& doc, std::size_t index, Date day);

// The document as a whole on `day`: the standing of its current version
// (current_version_index), or nullopt for a document with proposals only.
std::optional<VersionStanding> document_standing(const Document& doc, Date day);

// Whether the document applies on `day` (its current version is in force):
// what JSON-LD calls legislationLegalForce InForce.
bool in_force_on(const Document& doc, std::size_t index, Date day);

// Proposals of `doc` (indices), newest first: what a reader is told is pending.
std::vector<std::size_t> pending_proposals(const Document& doc);

// Why a document is due for revision on a day, looking `months` ahead: its
// review date has passed, or its period ends within the months or has ended.
// A document that is repealed, or already has a later version adopted, is
// not due. The "due for revision" page and `styrdok check` both ask this.
struct RevisionDue {
  enum class Why { review_date_passed, ends, ended };
  Why why;
  Date date;            // the review date, or the last day of the period
  std::size_t version;  // the current version, whose metadata says who revises it
};
std::optional<RevisionDue> revision_due(const Document& doc, Date day, int months);

}  // namespace styrdok
