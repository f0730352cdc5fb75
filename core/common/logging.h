// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QLoggingCategory>

/// The product's log categories: QT_LOGGING_RULES="rightsize.store.debug=true" (or a
/// qtlogging.ini) turns one area on or off without touching the others. A log line never holds a
/// secret: keys, Authorization headers and URLs go through redact() / redactedUrl() first.
Q_DECLARE_LOGGING_CATEGORY(lcProviders) ///< rightsize.providers: endpoints, wire formats, retries
Q_DECLARE_LOGGING_CATEGORY(lcStore)     ///< rightsize.store: the history database
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)   ///< rightsize.catalog: catalogs, their import and fetch
Q_DECLARE_LOGGING_CATEGORY(lcUi)        ///< rightsize.ui: the window
Q_DECLARE_LOGGING_CATEGORY(lcCli)       ///< rightsize.cli: the command line
