#pragma once

#include "Result.h"

#include <QString>

namespace wh::app {

// Provisioning a new appliance for the fleet broker (docs/operations.md, "Fleet: provisioning and the
// broker"): a fresh private key that never leaves the appliance and a PKCS#10 certificate request for the
// fleet CA. The request's common name is the warehouse id, which the broker takes as the MQTT username and
// its ACL as the warehouse the appliance may write for (docs/fleet-brokers.md, "Identities").
struct ProvisionRequest
{
    QString warehouse;
    QString station; // optional: the subject's organizationalUnitName, for the CA's records only
    QString outDir;
};

struct ProvisionedFiles
{
    QString keyFile;     // <outDir>/<warehouse>.key, PEM (PKCS#8, EC P-256, unencrypted), mode 0600
    QString requestFile; // <outDir>/<warehouse>.csr, PEM
};

// Why `id` cannot be an appliance's identity under the broker's ACL scheme, in plain words; empty when it
// can: 1-32 characters of A-Z a-z 0-9 - _, not starting with "central-" (the central consumers' prefix).
QString warehouseIdProblem(const QString& id);

// Makes the key and the request. Refuses a bad id or station, a missing folder, and an existing key or
// request (a key is the appliance's identity: it is never replaced behind anyone's back). Both files are
// written under a .partial name, flushed, then given their names, so a failed write (unwritable folder, full
// disk) leaves neither behind.
Result<ProvisionedFiles> provision(const ProvisionRequest& request);

} // namespace wh::app
