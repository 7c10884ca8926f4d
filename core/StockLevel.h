#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace wh {

// A lot of a lot-tracked SKU; both parts empty for SKUs that are not tracked.
struct Lot
{
    QString code;
    QDate expiry; // invalid when the lot has none

    bool operator==(const Lot&) const = default;
};

// Where a quantity of one tenant's SKU lies: the projection's key (tenant is carried by the context).
struct StockKey
{
    QString sku;
    QString location;
    QString lot; // lot code, "" when untracked

    bool operator==(const StockKey&) const = default;
};

// The CQRS read side for one key. Invariant: 0 <= reserved <= onHand, so available is never negative.
struct StockLevel
{
    std::int64_t onHand = 0;
    std::int64_t reserved = 0;

    std::int64_t available() const { return onHand - reserved; }
    bool valid() const { return onHand >= 0 && reserved >= 0 && reserved <= onHand; }
};

// One row of stock as the allocator and the look-up screens see it.
struct StockRecord
{
    StockKey key;
    QDate expiry;
    QString zone;
    int pickSequence = 0;
    bool pickFace = false;
    StockLevel level;
};

} // namespace wh
