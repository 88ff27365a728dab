#pragma once

// The single place that includes SQLCipher's header. SQLITE_HAS_CODEC exposes
// sqlite3_key/sqlite3_rekey; linking against libsqlcipher (never libsqlite3)
// is arranged in core/CMakeLists.txt.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>
