#pragma once

#include "Protocol.h"
#include "Store.h"

namespace wh::sync {

// What the inbox did with one message, and what to tell the central service.
struct InboxResult
{
    QString tenant;
    protocol::CommandResult result;
    std::int64_t cursor = 0; // the tenant's command cursor afterwards
    bool gap = false;        // the command came ahead of a gap: ask for everything after `cursor` again
};

// Decodes a command's body into what the store applies. A body that is not what its type needs (a field
// missing or of the wrong type) is a DecodeError (the command is dead-lettered); a body that reads but
// breaks a rule is left to the rules, which refuse it with their own code.
std::variant<db::CommandBody, protocol::DecodeError> decodeCommandBody(protocol::CommandType type,
                                                                       const QByteArray& body);

// Applies what arrives on a tenant's commands topic. The store is the only record: the command's effects, its
// inbox row and the tenant's cursor commit together, so a crash at any moment either keeps all of it or
// none, and the central service's resend fills what is missing. A message that cannot be applied (not JSON,
// another version, an unknown type, another tenant's id, a tenant this appliance does not serve) is
// dead-lettered with its reason and never blocks what follows.
class Inbox
{
public:
    Inbox(db::Store& store, QString warehouse, Actor actor);

    // Fails only when the store cannot record anything (then nothing is recorded and the command can come
    // again); every answer to the command itself is in the result.
    Result<InboxResult> handle(const QString& topic, const QByteArray& message);

private:
    Result<InboxResult> deadLetter(const QString& tenant, const QString& topic, const QByteArray& message,
                                   const protocol::DecodeError& error, const QString& kind);

    db::Store& m_store;
    QString m_warehouse;
    Actor m_actor;
};

} // namespace wh::sync
