// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "logging.h"

Q_LOGGING_CATEGORY(lcProviders, "rightsize.providers")
Q_LOGGING_CATEGORY(lcStore, "rightsize.store")
Q_LOGGING_CATEGORY(lcCatalog, "rightsize.catalog")
Q_LOGGING_CATEGORY(lcUi, "rightsize.ui")
Q_LOGGING_CATEGORY(lcCli, "rightsize.cli")
