#include "cases/tabs/DocumentsTab.h"

#include "DomainFixture.h"
#include "Named.h"
#include "attachments/AttachmentService.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "cases/tabs/DocumentViewer.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;
using ui::DocumentsTab;

namespace {

struct DocumentsWorld
{
    DocumentsWorld() : bea(domain.as(QStringLiteral("bea")))
    {
        caseId = CaseService(*bea).create(test::sampleCase()).id;
    }

    DocumentsTab::SessionAccess access()
    {
        return [this]() -> Session& {
            return *bea;
        };
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = folder.path(name);
        test::writeAll(path, content);
        return path;
    }

    std::vector<Attachment> stored() const
    {
        return AttachmentService(*bea).list(QStringLiteral("case"), caseId);
    }

    test::DomainFixture domain;
    std::unique_ptr<Session> bea;
    qint64 caseId = 0;
    test::TempFolder folder;
};

QByteArray pngImage()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray twoPagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(200, 400, QStringLiteral("Medical report, page 1"));
    writer.newPage();
    painter.drawText(200, 400, QStringLiteral("Medical report, page 2"));
    painter.end();
    return bytes;
}

void drop(QWidget& target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint centre = target.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &enter);
    REQUIRE(enter.isAccepted());
    CHECK(named<QLabel>(target, QStringLiteral("Drop hint"))->isVisible());
    QDropEvent dropped(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &dropped);
    CHECK_FALSE(named<QLabel>(target, QStringLiteral("Drop hint"))->isVisible());
}

QPushButton* buttonLabelled(QMessageBox& box, const QString& text)
{
    for (QAbstractButton* button : box.buttons())
        if (button->text() == text)
            return qobject_cast<QPushButton*>(button);
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("files added by the Add files path and by a drop are stored in the case")
{
    DocumentsWorld world;
    DocumentsTab tab(world.access(), world.caseId);
    tab.reload();
    tab.resize(1000, 600);
    tab.show();
    QSignalSpy changed(&tab, &DocumentsTab::recordsChanged);
    CHECK_FALSE(named<QTableView>(tab, QStringLiteral("Documents of the case"))->isVisible());

    const QByteArray note("Statement of the witness, 12 March");
    CHECK(tab.addFiles({world.write(QStringLiteral("statement.txt"), note)}) == 1);
    drop(tab, {world.write(QStringLiteral("injuries.png"), pngImage())});

    const auto stored = world.stored();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].fileName == QStringLiteral("statement.txt"));
    CHECK(AttachmentService(*world.bea).content(stored[0].id) == note);
    CHECK(stored[1].fileName == QStringLiteral("injuries.png"));
    CHECK(stored[1].mediaType == QStringLiteral("image/png"));
    CHECK(changed.count() == 2);
    CHECK(named<QTableView>(tab, QStringLiteral("Documents of the case"))->isVisible());
    // The dropped image is selected and shown inside the application.
    CHECK(tab.viewer()->isShowingImage());
}

TEST_CASE("an empty file is refused with the core's message and nothing is stored")
{
    DocumentsWorld world;
    DocumentsTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    CHECK(tab.addFiles({world.write(QStringLiteral("blank.txt"), QByteArray())}) == 0);
    auto* error = tab.findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("\"blank.txt\" is empty")));
    CHECK(world.stored().empty());
}

TEST_CASE("a PDF is shown inside the application from memory, without a temporary file")
{
    DocumentsWorld world;
    const QString pdfPath = world.write(QStringLiteral("report.pdf"), twoPagePdf());
    // Any temporary file Qt or its PDF engine made would land here.
    test::TempFolder tmp;
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path(QString())));

    DocumentsTab tab(world.access(), world.caseId);
    tab.reload();
    tab.resize(1000, 600);
    tab.show();
    REQUIRE(tab.addFiles({pdfPath}) == 1);
    QPdfDocument* document = tab.viewer()->pdfDocument();
    REQUIRE(
        QTest::qWaitFor([&] { return document->status() == QPdfDocument::Status::Ready; }, 10000));
    CHECK(document->pageCount() == 2);
    CHECK(tab.viewer()->pdfView()->isVisible());
    CHECK(tab.viewer()->pdfView()->document() == document);
    QTest::qWait(0); // let the view render its first page
    CHECK(QDir(tmp.path(QString())).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    qputenv("TMPDIR", oldTmp);

    CHECK(ui::decryptedItemsHeld() > 0);
    tab.clear();
    CHECK(document->pageCount() == 0);
    CHECK_FALSE(tab.viewer()->holdsDocument());
    CHECK(ui::decryptedItemsHeld() == 0);
}

TEST_CASE("exporting a copy warns that it is not encrypted and writes the same bytes")
{
    DocumentsWorld world;
    const QByteArray pdf = twoPagePdf();
    DocumentsTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    REQUIRE(tab.addFiles({world.write(QStringLiteral("report.pdf"), pdf)}) == 1);
    const qint64 id = world.stored().at(0).id;

    const QString target = world.folder.path(QStringLiteral("copy.pdf"));
    tab.askToExport(id, target);
    QMessageBox* question = tab.pendingQuestion();
    REQUIRE(question);
    CHECK(question->text().contains(QStringLiteral("will not be encrypted")));
    CHECK_FALSE(QFile::exists(target)); // nothing before the user agrees
    buttonLabelled(*question, QStringLiteral("Write the copy"))->click();

    CHECK(test::readAll(target) == pdf);
    CHECK(QFile(target).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser));
    bool audited = false;
    for (const audit::AuditEntry& entry :
         world.domain.as(QStringLiteral("ana"))
             ->audit()
             .entriesFor(QStringLiteral("attachment"), QString::number(id)))
        audited = audited || entry.action == QStringLiteral("attachment.export");
    CHECK(audited);
}

TEST_CASE("removing a document asks first and then deletes it from the case")
{
    DocumentsWorld world;
    DocumentsTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    REQUIRE(tab.addFiles({world.write(QStringLiteral("photo.png"), pngImage())}) == 1);
    named<QPushButton>(tab, QStringLiteral("Remove the selected document"))->click();
    QMessageBox* question = tab.pendingQuestion();
    REQUIRE(question);
    CHECK(question->text().contains(QStringLiteral("photo.png")));
    CHECK(world.stored().size() == 1);
    buttonLabelled(*question, QStringLiteral("Remove"))->click();
    CHECK(world.stored().empty());
    CHECK(tab.documents().empty());
    CHECK_FALSE(tab.viewer()->holdsDocument());
}
