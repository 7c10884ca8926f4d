// libFuzzer target for the wire protocol's decoders (built by tools/fuzz.sh with clang and the address and
// undefined-behaviour sanitizers). The first byte picks what runs, the rest is the message or topic. Beyond
// "never crash", whatever a decoder accepts must survive its encoder: encoded again, it decodes to the same
// message - so a decoder cannot accept what the appliance itself would write differently.
#include "Protocol.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace wh::protocol;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");
const QString kTenant = QStringLiteral("acme");

TopicParts on(Channel channel)
{
    return TopicParts{kWarehouse, channel == Channel::Status ? QString() : kTenant, channel};
}

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "protocol fuzz: %s\n", what);
        std::abort();
    }
}

template <typename T> const T* accepted(const Decoded<T>& decoded)
{
    return std::get_if<T>(&decoded);
}

void command(const QByteArray& message)
{
    const auto decoded = decodeCommand(message, on(Channel::Commands));
    const Command* c = accepted(decoded);
    if (!c) {
        const DecodeError& e = std::get<DecodeError>(decoded);
        require(e.number >= 0 && e.id.size() <= 128, "a refused command's number or id is out of range");
        return;
    }
    const auto again = decodeCommand(encodeCommand(*c), on(Channel::Commands));
    const Command* d = accepted(again);
    require(d, "an accepted command does not decode after encoding");
    require(d->tenant == c->tenant && d->number == c->number && d->id == c->id && d->type == c->type &&
                d->body == c->body,
            "a command changed on its way through the encoder");
}

void ack(const QByteArray& message)
{
    const auto decoded = decodeAck(message, on(Channel::Acks));
    if (const Ack* a = accepted(decoded)) {
        const auto again = decodeAck(encodeAck(*a), on(Channel::Acks));
        const Ack* b = accepted(again);
        require(b && b->tenant == a->tenant && b->upTo == a->upTo,
                "an ack changed on its way through the encoder");
    }
}

void hello(const QByteArray& message)
{
    const auto decoded = decodeHello(message, on(Channel::Hello));
    if (const Hello* h = accepted(decoded)) {
        const auto again = decodeHello(encodeHello(*h), on(Channel::Hello));
        const Hello* g = accepted(again);
        require(g && g->session == h->session && g->commandsApplied == h->commandsApplied &&
                    g->eventsLast == h->eventsLast && g->eventsAcked == h->eventsAcked &&
                    g->sentAtMs == h->sentAtMs,
                "a hello changed on its way through the encoder");
    }
}

void events(const QByteArray& message)
{
    const auto decoded = decodeEvents(message, on(Channel::Events));
    if (const EventBatch* b = accepted(decoded)) {
        const auto again =
            decodeEvents(encodeEvents(b->warehouse, b->tenant, b->events), on(Channel::Events));
        const EventBatch* c = accepted(again);
        require(c && c->events.size() == b->events.size(),
                "an event batch changed on its way through the encoder");
        for (qsizetype i = 0; i < b->events.size(); ++i) {
            const WireEvent& x = b->events[i];
            const WireEvent& y = c->events[i];
            require(x.seq == y.seq && x.prev == y.prev && x.id == y.id && x.type == y.type &&
                        x.aggregateType == y.aggregateType && x.aggregateId == y.aggregateId &&
                        x.version == y.version && x.occurredAtMs == y.occurredAtMs && x.user == y.user &&
                        x.station == y.station && x.payload == y.payload,
                    "an event changed on its way through the encoder");
        }
    }
}

void commandAck(const QByteArray& message)
{
    const auto decoded = decodeCommandAck(message, on(Channel::CommandAcks));
    if (const CommandAck* a = accepted(decoded)) {
        const auto again = decodeCommandAck(encodeCommandAck(*a), on(Channel::CommandAcks));
        const CommandAck* b = accepted(again);
        require(b && b->upTo == a->upTo && b->results.size() == a->results.size(),
                "a command-ack changed on its way through the encoder");
        for (qsizetype i = 0; i < a->results.size(); ++i) {
            const CommandResult& x = a->results[i];
            const CommandResult& y = b->results[i];
            require(x.number == y.number && x.id == y.id && x.outcome == y.outcome && x.code == y.code &&
                        x.message == y.message && x.firstSeq == y.firstSeq && x.lastSeq == y.lastSeq,
                    "a command result changed on its way through the encoder");
        }
    }
}

void status(const QByteArray& message)
{
    const auto decoded = decodeStatus(message, on(Channel::Status));
    if (const Status* s = accepted(decoded)) {
        const auto again = decodeStatus(encodeStatus(*s), on(Channel::Status));
        const Status* t = accepted(again);
        require(t && t->online == s->online && t->reason == s->reason && t->session == s->session &&
                    t->sinceMs == s->sinceMs && t->appVersion == s->appVersion,
                "a status changed on its way through the encoder");
    }
}

void topicName(const QByteArray& text)
{
    const QString name = QString::fromUtf8(text);
    if (const auto parts = parseTopic(name))
        require((parts->channel == Channel::Status
                     ? statusTopic(parts->warehouse)
                     : topic(parts->warehouse, parts->tenant, parts->channel)) == name,
                "a parsed topic does not name itself");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray message(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 7) {
    case 0:
        command(message);
        break;
    case 1:
        ack(message);
        break;
    case 2:
        hello(message);
        break;
    case 3:
        events(message);
        break;
    case 4:
        commandAck(message);
        break;
    case 5:
        status(message);
        break;
    default:
        topicName(message);
        break;
    }
    return 0;
}
