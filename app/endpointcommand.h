// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

/// `rightsize endpoint add|list|test|remove|set-key`: manages the endpoints in endpoints.json and
/// their keys in the keychain. Keys are never printed, and never written anywhere but the keychain.
int runEndpointCommand(CommandContext &context, const QStringList &arguments);
