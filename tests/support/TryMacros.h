#pragma once

// Waiting for an asynchronous result (a store worker's answer, a repaint) inside a Catch2 test. Qt's
// QTRY_* macros report a timeout to QtTest's own bookkeeping and return from the function: Catch2 never sees
// the failure and counts the test as passed. These wait the same way, then check with Catch2.

#include <QTest>

#include <catch2/catch.hpp>

#define WH_TRY_VERIFY_WITH_TIMEOUT(expr, ms)                                                                 \
    do {                                                                                                     \
        (void)QTest::qWaitFor([&] { return bool(expr); }, ms);                                               \
        REQUIRE((expr));                                                                                     \
    } while (false)
#define WH_TRY_VERIFY(expr) WH_TRY_VERIFY_WITH_TIMEOUT(expr, 5000)
#define WH_TRY_COMPARE_WITH_TIMEOUT(actual, expected, ms)                                                    \
    do {                                                                                                     \
        (void)QTest::qWaitFor([&] { return (actual) == (expected); }, ms);                                   \
        REQUIRE((actual) == (expected));                                                                     \
    } while (false)
#define WH_TRY_COMPARE(actual, expected) WH_TRY_COMPARE_WITH_TIMEOUT(actual, expected, 5000)
