#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char* argv[]) {
  // The tests read styrdok's messages in English, the language they are
  // written in; a test of another language asks for it (`--lang sv`, or
  // `env -u STYRDOK_LANG` to get the site's own).
  ::setenv("STYRDOK_LANG", "en", 1);
  return Catch::Session().run(argc, argv);
}
