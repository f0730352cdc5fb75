// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "dialogs/endpointsdialog.h"

#include "catalog/catalog.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "providers/redact.h"
#include "secrets/apikeystore.h"

#include <QComboBox>
#include <QCoroTask>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

EndpointsDialog::EndpointsDialog(EndpointStore &store, ApiKeyStore &keys, ChatClient *client, const Catalog &catalog,
                                 QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keys(keys)
    , m_client(client)
{
    setWindowTitle(tr("Endpoints"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("endpointList"));
    left->addWidget(m_list, 1);
    auto *newButton = new QPushButton(tr("New"), this);
    newButton->setObjectName(QStringLiteral("newButton"));
    auto *removeButton = new QPushButton(tr("Remove"), this);
    removeButton->setObjectName(QStringLiteral("removeButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(removeButton);
    left->addLayout(listButtons);
    m_detectedCombo = new QComboBox(this);
    m_detectedCombo->setObjectName(QStringLiteral("detectedCombo"));
    m_detectedCombo->hide();
    left->addWidget(m_detectedCombo);
    body->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("OpenAI-compatible (OpenAI, llama.cpp, vLLM, LM Studio, OpenRouter…)"),
                    endpointKindName(EndpointKind::OpenAi));
    m_kind->addItem(tr("Anthropic Messages"), endpointKindName(EndpointKind::Anthropic));
    m_kind->addItem(tr("Ollama"), endpointKindName(EndpointKind::Ollama));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setEditable(true);
    m_catalogModel = new QComboBox(this);
    m_catalogModel->setObjectName(QStringLiteral("catalogModelCombo"));
    m_catalogModel->setEditable(true);
    m_catalogModel->addItem(QString());
    for (const ModelSpec &m : catalog.models)
        m_catalogModel->addItem(m.id);
    m_catalogModel->setToolTip(tr("The catalog model this endpoint serves: its price gives each answer's cost"));
    m_keyEnv = new QLineEdit(this);
    m_keyEnv->setObjectName(QStringLiteral("keyEnvEdit"));
    m_keyEnv->setPlaceholderText(tr("optional: an environment variable holding the key"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 24 * 3600);
    m_timeout->setValue(Endpoint().idleTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("The longest silence while waiting for an answer or between its bytes; a slow but steady "
                             "stream is never cut"));
    m_maxTime = new QSpinBox(this);
    m_maxTime->setObjectName(QStringLiteral("maxTimeSpin"));
    m_maxTime->setRange(0, 24 * 3600);
    m_maxTime->setSuffix(tr(" s"));
    m_maxTime->setSpecialValueText(tr("No limit"));
    m_maxTime->setToolTip(tr("The longest time one answer may take, retries included"));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Base URL:"), m_url);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Catalog model:"), m_catalogModel);
    form->addRow(tr("Key variable:"), m_keyEnv);
    form->addRow(tr("Timeout:"), m_timeout);
    form->addRow(tr("Maximum time:"), m_maxTime);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("keyStatusLabel"));
    m_keyStatus->setWordWrap(true);
    form->addRow(tr("Key:"), m_keyStatus);
    auto *formButtons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("saveButton"));
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    auto *setKey = new QPushButton(tr("Set key…"), this);
    setKey->setObjectName(QStringLiteral("setKeyButton"));
    formButtons->addWidget(save);
    formButtons->addWidget(m_test);
    formButtons->addWidget(setKey);
    form->addRow(formButtons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_message);
    body->addLayout(form, 2);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        showEndpoint(Endpoint{});
    });
    connect(removeButton, &QPushButton::clicked, this, &EndpointsDialog::removeSelected);
    connect(save, &QPushButton::clicked, this, &EndpointsDialog::saveForm);
    connect(m_test, &QPushButton::clicked, this, &EndpointsDialog::testConnection);
    connect(setKey, &QPushButton::clicked, this, &EndpointsDialog::setKey);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (const Endpoint *e = m_store.find(name))
            showEndpoint(*e);
    });
    connect(m_detectedCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index <= m_detected.size())
            showEndpoint(m_detected.at(index - 1));
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        const QString variable = ApiKeyStore::endpointVariable(m_name->text());
        m_keyStatus->setText(m_keys.keychainAvailable()
                                 ? tr("in the keychain (Set key…), or in $%1").arg(variable)
                                 : tr("No keychain here: set $%1 (or the key variable above).").arg(variable));
    });
    reloadList();
    showEndpoint(Endpoint{});
}

void EndpointsDialog::setDetectedEndpoints(const QList<Endpoint> &endpoints)
{
    m_detected = endpoints;
    m_detectedCombo->clear();
    m_detectedCombo->addItem(tr("Add a server found on this machine…"));
    for (const Endpoint &e : endpoints)
        m_detectedCombo->addItem(e.name);
    m_detectedCombo->setVisible(!endpoints.isEmpty());
}

void EndpointsDialog::reloadList()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    m_list->clear();
    for (const Endpoint &e : m_store.endpoints())
        m_list->addItem(e.name);
    const auto found = m_list->findItems(current, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.constFirst());
}

Endpoint EndpointsDialog::formEndpoint() const
{
    Endpoint e;
    e.name = m_name->text().trimmed();
    e.kind = endpointKindFromName(m_kind->currentData().toString()).value_or(EndpointKind::OpenAi);
    e.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    e.model = m_model->currentText().trimmed();
    e.catalogModel = m_catalogModel->currentText().trimmed();
    e.apiKeyRef = m_keyEnv->text().trimmed();
    e.idleTimeoutMs = m_timeout->value() * 1000;
    if (m_maxTime->value() > 0)
        e.maxTimeMs = m_maxTime->value() * 1000;
    if (const Endpoint *existing = m_store.find(e.name)) {
        // Settings the form does not show survive an edit.
        e.temperature = existing->temperature;
        e.maxTokens = existing->maxTokens;
        e.systemPrompt = existing->systemPrompt;
    }
    return e;
}

void EndpointsDialog::showEndpoint(const Endpoint &e)
{
    m_name->setText(e.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(endpointKindName(e.kind))));
    m_url->setText(e.baseUrl.toString());
    m_model->setCurrentText(e.model);
    m_catalogModel->setCurrentText(e.catalogModel);
    m_keyEnv->setText(e.apiKeyRef);
    m_timeout->setValue(std::max(1, e.idleTimeoutMs / 1000));
    m_maxTime->setValue(e.maxTimeMs ? std::max(1, *e.maxTimeMs / 1000) : 0);
    m_message->clear();
}

void EndpointsDialog::showMessage(const QString &message)
{
    m_message->setText(message);
}

bool EndpointsDialog::saveForm()
{
    const Endpoint e = formEndpoint();
    if (const Status added = m_store.add(e, true); !added) {
        showMessage(added.error());
        return false;
    }
    if (const Status saved = m_store.save(); !saved) {
        showMessage(saved.error());
        return false;
    }
    reloadList();
    const auto found = m_list->findItems(e.name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.constFirst());
    showMessage(tr("Saved endpoint %1.").arg(e.name));
    emit endpointsChanged();
    return true;
}

bool EndpointsDialog::removeSelected()
{
    const QString name = m_list->currentItem() ? m_list->currentItem()->text() : QString();
    if (name.isEmpty() || !m_store.remove(name))
        return false;
    if (const Status saved = m_store.save(); !saved) {
        showMessage(saved.error());
        return false;
    }
    if (m_keys.keychainAvailable())
        m_keys.remove(name); // runs on; nothing to report when no key was stored
    reloadList();
    showEndpoint(Endpoint{});
    showMessage(tr("Removed endpoint %1.").arg(name));
    emit endpointsChanged();
    return true;
}

void EndpointsDialog::testConnection()
{
    Endpoint e = formEndpoint();
    if (e.model.isEmpty())
        e.model = QStringLiteral("-"); // not needed to list models
    if (const QString problem = EndpointStore::validate(e); !problem.isEmpty()) {
        showMessage(problem);
        emit testFinished({}, problem);
        return;
    }
    if (!m_client) {
        emit testFinished({}, tr("No network client."));
        return;
    }
    e.idleTimeoutMs = std::min(e.idleTimeoutMs, 15000);
    showMessage(tr("Connecting to %1…").arg(redactedUrl(e.baseUrl)));
    m_test->setEnabled(false);
    [](QPointer<EndpointsDialog> self, ChatClient *client, ApiKeyStore *keys, Endpoint e) -> QCoro::Task<void> {
        const ApiKey key = co_await keys->lookup(e);
        if (!self)
            co_return;
        const Result<QStringList> models = co_await client->listModels(e, key.value);
        if (!self)
            co_return;
        self->m_test->setEnabled(true);
        if (!models) {
            self->showMessage(models.error());
            emit self->testFinished({}, models.error());
            co_return;
        }
        const QString current = self->m_model->currentText();
        self->m_model->clear();
        self->m_model->addItems(models.value());
        self->m_model->setCurrentText(current == QLatin1String("-") || current.isEmpty() ? models->value(0) : current);
        self->showMessage(tr("Connected (key: %1). The server offers %2 model(s): %3")
                              .arg(key.describe())
                              .arg(models->size())
                              .arg(models->mid(0, 20).join(QStringLiteral(", "))));
        emit self->testFinished(models.value(), {});
    }(this, m_client, &m_keys, e);
}

void EndpointsDialog::setKey()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || !m_store.find(name)) {
        showMessage(tr("Save the endpoint first."));
        return;
    }
    if (!m_keys.keychainAvailable()) {
        showMessage(tr("No keychain is available here. Set the environment variable %1 before starting Rightsize.")
                        .arg(ApiKeyStore::endpointVariable(name)));
        return;
    }
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("API key"), tr("Key for endpoint %1:").arg(name),
                                              QLineEdit::Password, QString(), &ok)
                            .trimmed();
    if (!ok || key.isEmpty())
        return;
    [](QPointer<EndpointsDialog> self, ApiKeyStore *keys, QString name, QString key) -> QCoro::Task<void> {
        const KeychainReply reply = co_await keys->store(name, key);
        if (self) {
            self->showMessage(reply.status == KeychainReply::Status::Ok
                                  ? tr("Stored the key of %1 in the keychain.").arg(name)
                                  : reply.message);
        }
    }(this, &m_keys, name, key);
}
