// The folders a build keeps beside its output while it runs, and the
// clean-up of those an interrupted build (killed, crashed, the power gone)
// left behind.
//
// A build of "<dir>/<name>" stages its output in "<dir>/.<name>.tmp-<pid>";
// where the file system cannot exchange two folders at once, it also moves
// the old output aside to "<dir>/.<name>.old-<pid>" for a moment. It holds
// an flock() on each of these folders for as long as it uses it, so a folder
// of that name that nobody holds a lock on was left by a build that is gone.
//
// Thread-safety: the functions touch only the disk; callers see to it that
// one thread of a process builds a given output at a time.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace styrdok {

enum class BuildFolder { staging, old_output };

// ".<name>.tmp-<pid>" or ".<name>.old-<pid>" beside `target`.
std::string build_folder(const std::filesystem::path& target, BuildFolder kind, pid_t pid);

// Takes the lock that marks the open folder `fd` as in use by this build.
// False if another build holds it; true also where the file system has no
// locks (then a folder counts as in use while its process runs).
bool lock_build_folder(int fd);

// Finishes or removes what interrupted builds of `target` left beside it:
// each staging folder goes, and an old output moved aside is put back when
// the target is missing (the build was interrupted between the two moves),
// else removed. Folders of builds that are still running are left alone.
// Returns one line per folder dealt with, for a warning, and the errors.
struct Cleanup {
  std::vector<std::string> done;
  std::vector<std::string> errors;
};
Cleanup clean_interrupted_builds(const std::filesystem::path& target);

}  // namespace styrdok
