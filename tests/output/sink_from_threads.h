// Hands a sink 200 files from four threads at once, as the render stage
// does: "p1000.html" to "p1199.html", every tenth kept, the others put
// with the bytes "bytes <i>".
#pragma once

#include <string>
#include <thread>
#include <vector>

#include "output/output_sink.h"

namespace styrdok::test {

inline void fill_from_threads(OutputSink& sink) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = t; i < 200; i += 4) {
        const std::string path = "p" + std::to_string(1000 + i) + ".html";
        if (i % 10 == 0) {
          sink.keep(path);
        } else {
          sink.put({path, "bytes " + std::to_string(i)});
        }
      }
    });
  }
  for (auto& t : threads) t.join();
}

}  // namespace styrdok::test
