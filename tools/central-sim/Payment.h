#pragma once

// The central payment side in one include: the simulated provider, the circuit breaker, the fraud check and
// the service that ties them together (docs/central-payment.md).

#include "CircuitBreaker.h"
#include "FraudChecker.h"
#include "PaymentProvider.h"
#include "PaymentService.h"
