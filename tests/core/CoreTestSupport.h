#pragma once

// Include first in every core test: Catch2 has to see these printers before it stringifies any QString,
// ErrorCode or Money, or a failed CHECK prints bytes or bare integers instead of names.

#include "DomainEvent.h"
#include "Money.h"
#include "Order.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <type_traits>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};

template <> struct StringMaker<wh::ErrorCode>
{
    static std::string convert(wh::ErrorCode code) { return wh::errorCodeName(code).toStdString(); }
};

template <> struct StringMaker<std::optional<wh::ErrorCode>>
{
    static std::string convert(const std::optional<wh::ErrorCode>& code)
    {
        return code ? wh::errorCodeName(*code).toStdString() : std::string("accepted");
    }
};

template <> struct StringMaker<wh::OrderStatus>
{
    static std::string convert(wh::OrderStatus status) { return wh::orderStatusName(status).toStdString(); }
};

template <> struct StringMaker<wh::Money>
{
    static std::string convert(wh::Money money)
    {
        return money.toString().toStdString() + " (" + std::to_string(money.minor()) + " minor)";
    }
};

} // namespace Catch

namespace wh::test {

inline QStringList eventTypes(const EventList& events)
{
    QStringList types;
    for (const DomainEvent& e : events)
        types.append(e.type);
    return types;
}

// A payload field of an event, as text or as a number.
inline QString text(const DomainEvent& e, const char* key)
{
    return e.payload.value(QLatin1String(key)).toString();
}
inline std::int64_t number(const DomainEvent& e, const char* key)
{
    return e.payload.value(QLatin1String(key)).toInteger();
}

// The allocations an InventoryReserved or ReservationReleased event carries, in its order, one
// "line|location|lot|expiry|quantity" string each, so a failed comparison shows the whole list.
inline QStringList allocations(const DomainEvent& e)
{
    QStringList out;
    const QJsonArray list = e.payload.value(QStringLiteral("allocations")).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject a = value.toObject();
        out.append(QStringLiteral("%1|%2|%3|%4|%5")
                       .arg(QString::number(a.value(QStringLiteral("lineNo")).toInteger()),
                            a.value(QStringLiteral("location")).toString(),
                            a.value(QStringLiteral("lot")).toString(),
                            a.value(QStringLiteral("expiry")).toString(),
                            QString::number(a.value(QStringLiteral("quantity")).toInteger())));
    }
    return out;
}

// What a command answered, for INFO: the refusal, or the events it would have written.
template <typename T> std::string describe(const Result<T>& result)
{
    if (!result.ok())
        return "refused with " + result.error().toString().toStdString();
    if constexpr (std::is_same_v<T, EventList>)
        return "accepted with events " + eventTypes(result.value()).join(QStringLiteral(", ")).toStdString();
    else
        return "accepted";
}

} // namespace wh::test

// The command must succeed; on failure the refusal is printed.
#define CORE_REQUIRE_OK(expr)                                                                                \
    do {                                                                                                     \
        const auto& core_result_ = (expr);                                                                   \
        INFO(::wh::test::describe(core_result_));                                                            \
        REQUIRE(core_result_.ok());                                                                          \
    } while (false)

// The command must be refused with exactly this code and a message for the worker, and with no answer for
// the central service. The handlers only read the state, so "nothing written" needs no further check here.
#define CORE_CHECK_REFUSED(expr, expectedCode)                                                               \
    do {                                                                                                     \
        const auto& core_result_ = (expr);                                                                   \
        INFO(::wh::test::describe(core_result_));                                                            \
        REQUIRE_FALSE(core_result_.ok());                                                                    \
        CHECK(core_result_.error().code == (expectedCode));                                                  \
        CHECK_FALSE(core_result_.error().message.isEmpty());                                                 \
        CHECK(core_result_.error().answer.isEmpty());                                                        \
    } while (false)

// Refused with this code, and answered for the central service with exactly one event of this type: the
// only thing the store will write for it.
#define CORE_CHECK_ANSWERED(expr, expectedCode, answerType)                                                  \
    do {                                                                                                     \
        const auto& core_result_ = (expr);                                                                   \
        INFO(::wh::test::describe(core_result_));                                                            \
        REQUIRE_FALSE(core_result_.ok());                                                                    \
        CHECK(core_result_.error().code == (expectedCode));                                                  \
        CHECK_FALSE(core_result_.error().message.isEmpty());                                                 \
        REQUIRE(core_result_.error().answer.size() == 1);                                                    \
        CHECK(core_result_.error().answer[0].type == (answerType));                                          \
    } while (false)
