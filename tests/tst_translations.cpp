// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "connectiondialog.h"
#include "costreportmodel.h"
#include "fakesource.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "smsstatus.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QValueAxis>

#include <functional>

// Every text of the GUI can be translated. With the pseudo-locale installed (en_XA, made from
// smslog_en.ts by resources/translations/pseudolocale.cpp: every text wrapped in ⟦ ⟧), the whole
// main window is built over a fake source, its menus and context menus opened, and every dialog
// reachable from it opened; then every widget and action is walked: texts, tooltips, status tips,
// placeholders, accessible names and descriptions, window titles, header titles, combo items,
// cells of the views that are not the messages themselves, menu titles, chart titles. A text with
// a word of letters outside the ⟦ ⟧ marks was never translated (a QStringLiteral, a tr() lupdate
// cannot see, a text pasted together from pieces) and is listed with where it was found.
//
// What is not checked (the whole list of exclusions):
// - values of the data source: every string of the fake source's records, its description, and
//   OneUptime's status values (SmsStatus::knownValues(), shown as OneUptime writes them); the
//   name of a saved view (the user's);
// - the cells of the message table (the messages themselves; its headers are checked);
// - locale data: month and day names (QLocale), key sequences (Qt's QShortcut texts);
// - Qt's own texts, translated by Qt's qtbase_*.qm: the standard buttons of button boxes, the
//   inside of QFileDialog, QInputDialog and QMessageBox (their titles, labels, texts, name
//   filters and non-standard buttons are checked), calendar pop-ups.
// To cover a new dialog or view, add a line to dialogs() below. SMSLOG_TEST_SCREENSHOTS=DIR keeps a
// picture of the window in the pseudo-locale (DIR/pseudo-locale.png).
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSource> m_source;
    std::unique_ptr<SmsLogTableModel> m_model;
    std::unique_ptr<SmsLogSummary> m_summary;
    std::unique_ptr<CostReportModel> m_costs;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_data; // values of the data source, longest first
    QStringList m_problems; // "where: text"
    QSet<QObject *> m_walked; // in the current test function
    int m_checked = 0; // texts checked

    struct Dialog {
        const char *name;
        std::function<void(MainWindow &)> open;
    };

    // Everything the window opens besides itself and its menus. Each must show at least one new
    // window (checked), which is walked and then closed.
    static QAction *action(MainWindow &window, const char *context, const char *source)
    {
        const QString text = QCoreApplication::translate(context, source);
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == text)
                return a;
        return nullptr;
    }
    static void trigger(MainWindow &window, const char *context, const char *source)
    {
        QAction *a = action(window, context, source);
        QVERIFY2(a, source);
        a->setEnabled(true); // export: only on a cache; the file dialog is what is checked
        a->trigger();
    }
    static QList<Dialog> dialogs()
    {
        return {
            {"connection dialog",
             [](MainWindow &w) {
                 auto *dialog = new ConnectionDialog(&w);
                 dialog->setAttribute(Qt::WA_DeleteOnClose);
                 dialog->setKeyNotice(QCoreApplication::translate(
                     "KeyStore", "No system keyring is available: the API key is kept only until you quit."));
                 dialog->show();
             }},
            {"keyboard shortcuts", [](MainWindow &w) { w.showShortcuts(); }},
            {"column chooser", [](MainWindow &w) { w.showColumnChooser(); }},
            {"table context menu",
             [](MainWindow &w) { emit w.tableView()->customContextMenuRequested(QPoint(20, 20)); }},
            {"header context menu",
             [](MainWindow &w) {
                 emit w.tableView()->horizontalHeader()->customContextMenuRequested(QPoint(20, 5));
             }},
            {"go to row", [](MainWindow &w) { trigger(w, "MainMenuBar", "&Go to row…"); }},
            {"save the current view",
             [](MainWindow &w) { trigger(w, "SavedViewsMenu", "&Save the current view…"); }},
            {"about", [](MainWindow &w) { trigger(w, "MainMenuBar", "&About SMS Log Viewer"); }},
            {"open a cache file", [](MainWindow &w) { trigger(w, "MainMenuBar", "&Open cache…"); }},
            {"export", [](MainWindow &w) { trigger(w, "JobControls", "&Export the current view…"); }},
            {"export redacted",
             [](MainWindow &w) { trigger(w, "JobControls", "Export the current view, &redacted…"); }},
            {"sync", [](MainWindow &w) { trigger(w, "JobControls", "&Sync to a cache file…"); }},
        };
    }

    static void removeTranslators()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    // Replaces the ⟦…⟧ parts (nested ones too) by a space.
    static QString unmarked(const QString &text)
    {
        QString out;
        int depth = 0;
        for (const QChar c : text) {
            if (c == u'⟦') {
                if (depth++ == 0)
                    out += u' ';
            } else if (c == u'⟧' && depth > 0) {
                --depth;
            } else if (depth == 0) {
                out += c;
            }
        }
        return out;
    }

    // Removes `value` where it stands as a whole (not inside a longer word).
    static void removeWhole(QString &text, const QString &value)
    {
        for (qsizetype at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            const qsizetype end = at + value.size();
            if ((at > 0 && text.at(at - 1).isLetterOrNumber())
                || (end < text.size() && text.at(end).isLetterOrNumber()))
                continue;
            text.replace(at, value.size(), QStringLiteral(" "));
        }
    }

    // A key or key combination in Qt's words ("Ctrl+Shift+O", "F5", "Return"), from QKeySequence.
    static bool isKeySequence(const QString &token)
    {
        static const QStringList keys{
            QStringLiteral("Return"), QStringLiteral("Enter"),     QStringLiteral("Esc"),
            QStringLiteral("Del"),    QStringLiteral("Backspace"), QStringLiteral("Tab"),
            QStringLiteral("Space"),  QStringLiteral("Home"),      QStringLiteral("End"),
            QStringLiteral("PgUp"),   QStringLiteral("PgDown"),    QStringLiteral("Ins")};
        static const QRegularExpression function(QStringLiteral("^F[0-9]{1,2}$"));
        const QKeySequence sequence = QKeySequence::fromString(token, QKeySequence::NativeText);
        if (sequence.isEmpty() || sequence.toString(QKeySequence::NativeText) != token)
            return false;
        return token.contains(u'+') || function.match(token).hasMatch() || keys.contains(token);
    }

    // The first word of two letters or more of `text` that is neither translated nor data.
    QString untranslatedWord(const QString &text) const
    {
        static const QRegularExpression tags(QStringLiteral("<[^<>]*>|&[#A-Za-z0-9]+;"));
        static const QRegularExpression word(QStringLiteral("\\p{L}{2,}"));
        QString rest = unmarked(text);
        rest.replace(tags, QStringLiteral(" "));
        for (const QString &value : m_data)
            removeWhole(rest, value);
        for (const QString &token :
             rest.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (isKeySequence(token))
                continue;
            const QRegularExpressionMatch m = word.match(token);
            if (m.hasMatch())
                return m.captured();
        }
        return {};
    }

    void check(const QString &where, const QString &what, const QString &text)
    {
        if (text.isEmpty())
            return;
        ++m_checked;
        const QString word = untranslatedWord(text);
        if (!word.isEmpty())
            m_problems << QStringLiteral("%1 [%2]: \"%3\"").arg(where, what, text);
    }

    static QString nameOf(const QObject *object)
    {
        QString name = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            name += u'#' + object->objectName();
        return name;
    }

    void walkAction(QAction *action, const QString &where)
    {
        if (!action || action->isSeparator() || m_walked.contains(action))
            return;
        m_walked.insert(action);
        const QString here = where + QStringLiteral(" > action \"") + action->text() + u'"';
        check(here, QStringLiteral("text"), action->text());
        check(here, QStringLiteral("iconText"), action->iconText());
        check(here, QStringLiteral("toolTip"), action->toolTip());
        check(here, QStringLiteral("statusTip"), action->statusTip());
        check(here, QStringLiteral("whatsThis"), action->whatsThis());
        if (QMenu *menu = action->menu())
            walkMenu(menu, where);
    }

    void walkMenu(QMenu *menu, const QString &where)
    {
        if (m_walked.contains(menu))
            return;
        m_walked.insert(menu);
        // Menus filled when shown (recent files, saved views) fill themselves.
        emit menu->aboutToShow();
        const QString here = where + QStringLiteral(" > menu \"") + menu->title() + u'"';
        check(here, QStringLiteral("title"), menu->title());
        check(here, QStringLiteral("toolTip"), menu->toolTip());
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions)
            walkAction(action, here);
        emit menu->aboutToHide();
    }

    void walkModel(const QAbstractItemModel *model, const QString &where, bool cells, bool rowHeaders)
    {
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                check(where, QStringLiteral("header %1").arg(column),
                      model->headerData(column, Qt::Horizontal, role).toString());
        }
        const int rows = qMin(model->rowCount(), 200);
        for (int row = 0; rowHeaders && row < rows; ++row)
            check(where, QStringLiteral("row header %1").arg(row),
                  model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString());
        for (int row = 0; cells && row < rows; ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                 int(Qt::AccessibleDescriptionRole), int(Qt::StatusTipRole)}) {
                    const QVariant value = index.data(role);
                    if (value.typeId() == QMetaType::QString)
                        check(where, QStringLiteral("cell %1,%2").arg(row).arg(column), value.toString());
                }
            }
        }
    }

    // Qt's stock dialogs: only what the application gave them.
    bool walkStockDialog(QWidget *widget, const QString &where)
    {
        if (auto *dialog = qobject_cast<QFileDialog *>(widget)) {
            check(where, QStringLiteral("windowTitle"), dialog->windowTitle());
            // One translated text may hold several filters ("…;;All files (*)").
            check(where, QStringLiteral("name filters"), dialog->nameFilters().join(QStringLiteral(";;")));
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
                check(where, QStringLiteral("file name"), edit->text());
            return true;
        }
        if (auto *dialog = qobject_cast<QInputDialog *>(widget)) {
            check(where, QStringLiteral("windowTitle"), dialog->windowTitle());
            check(where, QStringLiteral("labelText"), dialog->labelText());
            check(where, QStringLiteral("textValue"), dialog->textValue());
            return true;
        }
        if (auto *box = qobject_cast<QMessageBox *>(widget)) {
            check(where, QStringLiteral("windowTitle"), box->windowTitle());
            check(where, QStringLiteral("text"), box->text());
            check(where, QStringLiteral("informativeText"), box->informativeText());
            check(where, QStringLiteral("detailedText"), box->detailedText());
            for (QAbstractButton *button : box->buttons())
                if (box->standardButton(button) == QMessageBox::NoButton)
                    check(where, QStringLiteral("button"), button->text());
            return true;
        }
        return false;
    }

    static bool insideOf(const QWidget *widget, const QWidget *root, const QMetaObject &type)
    {
        for (const QWidget *w = widget; w && w != root; w = w->parentWidget())
            if (w->metaObject()->inherits(&type))
                return true;
        return false;
    }

    void walkWidget(QWidget *root, const QString &where)
    {
        if (walkStockDialog(root, where + u'/' + nameOf(root)))
            return;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            if (m_walked.contains(w))
                continue;
            m_walked.insert(w);
            // Calendar pop-ups and the scroll buttons of tab bars are Qt's; combo box pop-ups show
            // the combo's items (walked below).
            if (insideOf(w, root, QCalendarWidget::staticMetaObject)
                || (w != root && w->parentWidget()
                    && insideOf(w->parentWidget(), root, QComboBox::staticMetaObject))
                || (qobject_cast<QTabBar *>(w->parentWidget()) && qobject_cast<QAbstractButton *>(w)))
                continue;
            const QString here = where + u'/' + nameOf(w);
            if (w->isWindow())
                check(here, QStringLiteral("windowTitle"), w->windowTitle());
            check(here, QStringLiteral("toolTip"), w->toolTip());
            check(here, QStringLiteral("statusTip"), w->statusTip());
            check(here, QStringLiteral("whatsThis"), w->whatsThis());
            check(here, QStringLiteral("accessibleName"), w->accessibleName());
            check(here, QStringLiteral("accessibleDescription"), w->accessibleDescription());

            if (auto *label = qobject_cast<QLabel *>(w))
                check(here, QStringLiteral("text"), label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
                if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                    check(here, QStringLiteral("text"), button->text());
            }
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(here, QStringLiteral("placeholderText"), edit->placeholderText());
            if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
                check(here, QStringLiteral("placeholderText"), edit->placeholderText());
            if (auto *edit = qobject_cast<QTextEdit *>(w))
                check(here, QStringLiteral("placeholderText"), edit->placeholderText());
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
                check(here, QStringLiteral("specialValueText"), spin->specialValueText());
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                check(here, QStringLiteral("placeholderText"), combo->placeholderText());
                for (int i = 0; i < combo->count(); ++i) {
                    check(here, QStringLiteral("item %1").arg(i), combo->itemText(i));
                    check(here, QStringLiteral("item %1 toolTip").arg(i),
                          combo->itemData(i, Qt::ToolTipRole).toString());
                }
            }
            if (auto *group = qobject_cast<QGroupBox *>(w))
                check(here, QStringLiteral("title"), group->title());
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(here, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
                    check(here, QStringLiteral("tab %1 toolTip").arg(i), tabs->tabToolTip(i));
                }
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w)) {
                // The messages themselves are data; every other view's cells are checked.
                const bool messages = view->inherits("LogTableView");
                auto *table = qobject_cast<QTableView *>(view);
                walkModel(view->model(), here, !messages,
                          table && table->verticalHeader()->isVisible() && !messages);
            }
            if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
                QChart *chart = chartView->chart();
                check(here, QStringLiteral("chart title"), chart->title());
                for (QAbstractAxis *axis : chart->axes())
                    check(here, QStringLiteral("axis title"), axis->titleText());
            }
            if (auto *bar = qobject_cast<QMenuBar *>(w)) {
                for (QAction *action : bar->actions())
                    walkAction(action, here);
            }
            if (auto *menu = qobject_cast<QMenu *>(w))
                walkMenu(menu, here);
            for (QAction *action : w->actions())
                walkAction(action, here);
        }
    }

    // Feeds the fake source until nothing is pending.
    void answerEverything()
    {
        for (int i = 0; i < 50 && !m_source->pending().isEmpty(); ++i) {
            m_source->answerAll();
            QTest::qWait(5);
        }
    }

    QString report(const QString &title)
    {
        QString text = title + QStringLiteral(": %1 text(s) not translated:").arg(m_problems.size());
        for (const QString &problem : std::as_const(m_problems))
            text += QStringLiteral("\n  ") + problem;
        m_problems.clear();
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(installTranslations(*qApp, QStringLiteral("pseudo")), QStringLiteral("en_XA"));

        // The values of the fake source, and locale data.
        const QList<SmsRecord> table = FakeSource::makeTable(60);
        QSet<QString> data;
        for (const SmsRecord &r : table)
            data << r.id << r.status << r.projectId << r.projectName << r.toNumber << r.fromNumber;
        for (const QString &status : SmsStatus::knownValues())
            data << status;
        const QLocale locale;
        for (int i = 1; i <= 12; ++i) {
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat})
                data << locale.monthName(i, format) << locale.standaloneMonthName(i, format);
        }
        for (int i = 1; i <= 7; ++i) {
            for (auto format : {QLocale::LongFormat, QLocale::ShortFormat})
                data << locale.dayName(i, format) << locale.standaloneDayName(i, format);
        }
        m_source = std::make_unique<FakeSource>(table);
        data << m_source->description() << QStringLiteral("fake detail"); // FakeSource::fail()'s detail
        const QString savedView = QStringLiteral("Failed this week"); // a name the user gave
        data << savedView;
        data.remove(QString());
        m_data = data.values();
        std::sort(m_data.begin(), m_data.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });

        m_model = std::make_unique<SmsLogTableModel>();
        m_summary = std::make_unique<SmsLogSummary>();
        m_costs = std::make_unique<CostReportModel>();
        m_window = std::make_unique<MainWindow>(m_model.get(), m_summary.get());
        m_window->setCostModel(m_costs.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_model->setSource(m_source.get());
        m_summary->setSource(m_source.get());
        m_costs->setSource(m_source.get());
        m_window->setSourceDescription(m_source->description());
        answerEverything();
        QTRY_VERIFY(m_model->rowCount() > 0);
        m_window->selectRow(0);
        answerEverything();
        m_window->saveCurrentView(savedView); // View → Saved views lists it, Delete a view too
    }

    void init()
    {
        m_walked.clear();
        m_checked = 0;
    }

    void cleanup()
    {
        if (m_checked > 0)
            qInfo("%d texts checked", m_checked);
    }

    void cleanupTestCase()
    {
        m_model->setSource(nullptr);
        m_summary->setSource(nullptr);
        m_costs->setSource(nullptr);
        m_window.reset();
        m_costs.reset();
        m_summary.reset();
        m_model.reset();
        m_source.reset();
        removeTranslators();
    }

    // The pseudo-locale itself: marks, accents, placeholders, plurals, accelerators.
    // english-plurals fills each unfinished plural text from its own source only: a filled one
    // before it is left as it was (it once matched across messages).
    void englishPluralsStayInTheirMessage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plurals.ts"));
        const QByteArray before
            = "<TS version=\"2.1\" language=\"en\">\n<context>\n    <name>A</name>\n"
              "    <message numerus=\"yes\">\n        <source>%n apple(s)</source>\n"
              "        <translation>\n            <numerusform>%n apple</numerusform>\n"
              "            <numerusform>%n apples!</numerusform>\n        </translation>\n"
              "    </message>\n    <message numerus=\"yes\">\n"
              "        <source>%n pear(s)</source>\n        <translation type=\"unfinished\">\n"
              "            <numerusform></numerusform>\n            <numerusform></numerusform>\n"
              "        </translation>\n    </message>\n</context>\n</TS>\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
        file.close();
        QProcess tool;
        tool.start(QStringLiteral(SMSLOG_PSEUDOLOCALE), {QStringLiteral("english-plurals"), path});
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        QCOMPARE(after.count("<context>"), 1);
        QCOMPARE(after.count("<numerusform>%n apples!</numerusform>"), 1); // untouched
        QVERIFY2(after.contains("<numerusform>%n pear</numerusform>")
                     && after.contains("<numerusform>%n pears</numerusform>"),
                 after.constData());
        QVERIFY(!after.contains("type=\"unfinished\""));
    }

    void pseudoLocaleIsMadeRight()
    {
        const QString file = QCoreApplication::translate("MainMenuBar", "&File");
        QCOMPARE(file, QStringLiteral("⟦&Fïļë⟧"));
        // %n and the plural forms (English forms from smslog_en.ts).
        QCOMPARE(QCoreApplication::translate("TableClipboard", "%n row(s) copied.", nullptr, 1),
                 QStringLiteral("⟦1 ŕöŵ çöƥïëď.⟧"));
        QCOMPARE(QCoreApplication::translate("TableClipboard", "%n row(s) copied.", nullptr, 3),
                 QStringLiteral("⟦3 ŕöŵš çöƥïëď.⟧"));
        // HTML tags and %1 kept.
        const QString about
            = QCoreApplication::translate("MainMenuBar",
                                          "<p><b>SMS Log Viewer</b> %1</p><p>Browse, total and keep the SMS "
                                          "delivery logs of OneUptime.</p><p>GPL-3.0-or-later.</p>");
        QVERIFY2(about.startsWith(QStringLiteral("⟦<p><b>ŠṀŠ Ļöĝ Ṽïëŵëŕ</b> %1</p>")), qPrintable(about));
        QVERIFY(Qt::mightBeRichText(about));
        // Data-layer texts too (no widgets there).
        QVERIFY(QCoreApplication::translate("LinkKind", "Incident").startsWith(u'⟦'));
    }

    // Other languages: English is the source (loaded: its plural forms); a language without a
    // translation leaves the source texts.
    void languageChoice()
    {
        QTranslator *pseudo = qApp->findChild<QTranslator *>();
        QVERIFY(pseudo);
        QCoreApplication::removeTranslator(pseudo);
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en_GB")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("TableClipboard", "%n row(s) copied.", nullptr, 1),
                 QStringLiteral("1 row copied."));
        // Counts of messages read in the plural only when they are (not "1 messages").
        QCOMPARE(QCoreApplication::translate("StatusStrip", "%Ln message(s)", nullptr, 1),
                 QStringLiteral("1 message"));
        QCOMPARE(QCoreApplication::translate("StatusStrip", "%Ln message(s)", nullptr, 2),
                 QStringLiteral("2 messages"));
        QCOMPARE(QCoreApplication::translate("AppController", "Exported %Ln message(s) to %1.", nullptr, 1),
                 QStringLiteral("Exported 1 message to %1."));
        QCOMPARE(QCoreApplication::translate("MainMenuBar", "&File"), QStringLiteral("&File"));
        // Klingon and the C locale: none of their own; English, for its plural forms.
        QCOMPARE(installTranslations(*qApp, QStringLiteral("tlh")), QStringLiteral("en"));
        QCOMPARE(installTranslations(*qApp, QStringLiteral("C")), QStringLiteral("en"));
        qputenv("SMSLOG_LANGUAGE", "pseudo");
        QCOMPARE(installTranslations(*qApp), QStringLiteral("en_XA"));
        qunsetenv("SMSLOG_LANGUAGE");
        QCOMPARE(QCoreApplication::translate("MainMenuBar", "&File"), QStringLiteral("⟦&Fïļë⟧"));

        // The pseudo-locale, installed last of ours, wins.
        QCOMPARE(QCoreApplication::translate("MainMenuBar", "&File"), QStringLiteral("⟦&Fïļë⟧"));
    }

    // The checker itself: a text that never went through tr() is found, wherever it is; data,
    // translated texts and texts pasted from translated pieces and data are not.
    void untranslatedTextsAreFound()
    {
        QWidget page;
        page.setObjectName(QStringLiteral("page"));
        auto *literal = new QLabel(QStringLiteral("Open cache"), &page); // what a QStringLiteral shows
        auto *translated = new QLabel(QCoreApplication::translate("MainMenuBar", "&File"), &page);
        auto *withData = new QLabel(
            QCoreApplication::translate("FilterBar", "Status: %1").arg(m_source->description()), &page);
        auto *data = new QLabel(QStringLiteral("Project 1 · +15550000001 · 2026-03-01 12:00"), &page);
        auto *pasted = new QLabel(
            QCoreApplication::translate("MainMenuBar", "&File") + QStringLiteral(" (sorted)"), &page);
        translated->setToolTip(QStringLiteral("Tool tip"));
        withData->setAccessibleName(QStringLiteral("Accessible"));
        auto *action = new QAction(QStringLiteral("Do it"), &page);
        page.addAction(action);
        auto *combo = new QComboBox(&page);
        combo->addItems({QStringLiteral("Delivered"), QStringLiteral("Some item")});
        Q_UNUSED(data);
        walkWidget(&page, QStringLiteral("page"));
        const QStringList found = m_problems;
        m_problems.clear();
        m_walked.clear();
        const QStringList expected{
            QStringLiteral("page/QLabel [text]: \"Open cache\""),
            QStringLiteral("page/QLabel [toolTip]: \"Tool tip\""),
            QStringLiteral("page/QLabel [accessibleName]: \"Accessible\""),
            QStringLiteral("page/QLabel [text]: \"%1\"").arg(pasted->text()),
            QStringLiteral("page/QComboBox [item 1]: \"Some item\""),
            QStringLiteral("page/QWidget#page > action \"Do it\" [text]: \"Do it\""),
            QStringLiteral("page/QWidget#page > action \"Do it\" [iconText]: \"Do it\""),
            QStringLiteral("page/QWidget#page > action \"Do it\" [toolTip]: \"Do it\""),
        };
        for (const QString &line : expected)
            QVERIFY2(found.contains(line),
                     qPrintable(line + QStringLiteral(" not in:\n") + found.join(u'\n')));
        QCOMPARE(found.size(), expected.size());
        Q_UNUSED(literal);
    }

    // The window with data, every tab shown, every menu opened.
    void mainWindowIsTranslated()
    {
        if (auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                answerEverything();
                QTest::qWait(20);
            }
        }
        walkWidget(m_window.get(), QStringLiteral("MainWindow"));
        // SMSLOG_TEST_SCREENSHOTS=DIR keeps a picture of the window in the pseudo-locale.
        if (const QString dir = qEnvironmentVariable("SMSLOG_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            if (auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs")))
                tabs->setCurrentIndex(0);
            m_window->grab().save(dir + QStringLiteral("/pseudo-locale.png"));
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(report(QStringLiteral("main window"))));
    }

    // The window in its other states (texts that appear only then): nothing open, busy, each
    // kind of failure to open, a failed query, a live source.
    void windowStateIsTranslated_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("nothing open") << -1;
        QTest::newRow("busy") << -2;
        QTest::newRow("query failed") << -3;
        QTest::newRow("live") << -4;
        for (int kind = int(SourceError::Kind::FileNotFound); kind <= int(SourceError::Kind::BadResponse);
             ++kind)
            QTest::newRow(qPrintable(QStringLiteral("open failed, kind %1").arg(kind))) << kind;
    }

    void windowStateIsTranslated()
    {
        QFETCH(int, state);
        FakeSource source(FakeSource::makeTable(60));
        SmsLogTableModel model;
        SmsLogSummary summary;
        MainWindow window(&model, &summary);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The message of an error comes from the source (its own texts): here, data.
        const SourceError error{SourceError::Kind(qMax(state, 0)), source.description(),
                                source.description()};
        if (state == -2) {
            window.showBusy(source.description());
        } else if (state == -3 || state == -4) {
            source.setLive(state == -4);
            source.setLiveNow(QDateTime(QDate(2026, 3, 1), QTime(12, 30), Qt::UTC));
            model.setSource(&source);
            summary.setSource(&source);
            window.setSourceDescription(source.description());
            for (int i = 0; i < 50 && !source.pending().isEmpty(); ++i) {
                if (state == -3) {
                    for (const FakeSource::Request &request : source.pending())
                        source.fail(request.id, SourceError::Kind::Query, source.description());
                } else {
                    source.answerAll();
                }
                QTest::qWait(5);
            }
            if (state == -3)
                window.showQueryError(error);
        } else if (state >= 0) {
            window.showError(error);
        }
        QTest::qWait(20);
        walkWidget(&window, QStringLiteral("MainWindow"));
        model.setSource(nullptr);
        summary.setSource(nullptr);
        QVERIFY2(m_problems.isEmpty(), qPrintable(report(QString::fromLatin1(QTest::currentDataTag()))));
    }

    void dialogIsTranslated_data()
    {
        QTest::addColumn<int>("index");
        const QList<Dialog> all = dialogs();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void dialogIsTranslated()
    {
        QFETCH(int, index);
        const Dialog dialog = dialogs().at(index);
        const QSet<QWidget *> before = [] {
            const QList<QWidget *> list = QApplication::topLevelWidgets();
            return QSet<QWidget *>(list.begin(), list.end());
        }();
        QList<QPointer<QWidget>> shown;
        // Modal dialogs and menus run their own event loop inside open(): they are walked and
        // closed from this timer, inside that loop.
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (!w->isVisible() || before.contains(w) || shown.contains(w))
                    continue;
                shown << w;
                answerEverything();
                walkWidget(w, QString::fromLatin1(dialog.name));
                if (auto *d = qobject_cast<QDialog *>(w))
                    d->reject();
                else
                    w->close();
            }
        });
        timer.start();
        dialog.open(*m_window);
        QTRY_VERIFY2(!shown.isEmpty(), "nothing was opened");
        timer.stop();
        for (const QPointer<QWidget> &w : shown)
            if (w && w->isVisible())
                w->close();
        QVERIFY2(m_problems.isEmpty(), qPrintable(report(QString::fromLatin1(dialog.name))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
