// Photos of a case on the backend CTest chose: JPEG and PNG told by their bytes, size capped,
// bytes beside a SQLite database or inside PostgreSQL, checked against their digest on reading,
// and nothing left behind by a refused or failed addition.
#include "attachmentstore.h"
#include "storefixture.h"

#include <QBuffer>
#include <QDir>
#include <QImage>

using namespace yw::core;
using namespace yw::store;

namespace {
QByteArray photo(const char *format)
{
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(QColor(30, 120, 200));
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format);
    return bytes;
}
} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), "cluster"); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void photosAreStoredReadAndLogged()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        auto c = f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft());
        QVERIFY(c);
        AttachmentStore store(*f.db, f.clock);
        const QByteArray jpeg = photo("JPG");
        const QByteArray png = photo("PNG");
        QCOMPARE(AttachmentStore::sniffMimeType(jpeg), QStringLiteral("image/jpeg"));
        QCOMPARE(AttachmentStore::sniffMimeType(png), QStringLiteral("image/png"));

        auto a = store.add(f.user(Role::IntakeOperator), c->id, "/home/op/现场照片.jpg", jpeg);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->name, QStringLiteral("现场照片.jpg")); // never the sender's path
        QCOMPARE(a->stage, QStringLiteral("Reported"));
        // A department's handler adds photos to its own cases only.
        auto notYet = store.add(f.user(Role::DepartmentHandler), c->id, "after.png", png);
        QVERIFY(!notYet);
        QCOMPARE(notYet.error().code, Error::Code::Forbidden);
        auto b = store.add(f.user(Role::FieldInspector), c->id, "after.png", png);
        QVERIFY(b);
        auto listed = store.list(c->id);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(1).mimeType, QStringLiteral("image/png"));
        QCOMPARE(store.read(a->id).value(), jpeg);
        QCOMPARE(store.read(b->id).value(), png);

        // Where the bytes live.
        if (f.db->isPostgres()) {
            QVERIFY(store.folder().isEmpty());
            auto q = f.db->exec("SELECT LENGTH(data) FROM case_attachments WHERE id = ?", {a->id});
            QVERIFY(q && q.value().next());
            QCOMPARE(q.value().value(0).toLongLong(), qint64(jpeg.size()));
        } else {
            const QString file = store.folder() + QStringLiteral("/%1/%2.jpg").arg(c->id).arg(a->sha256);
            QVERIFY2(QFile::exists(file), qPrintable(file));
            // A file damaged beside the database is reported, not shown.
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            damaged.seek(20);
            damaged.write("XXXX");
            damaged.close();
            auto r = store.read(a->id);
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Corrupt);
        }

        // The history shows both, without a version bump.
        auto history = f.cases->history(c->id);
        QStringList actions;
        for (const CaseEvent &e : history.value())
            actions << e.action;
        QCOMPARE(actions, QStringList({"Report", "Attach", "Attach"}));
        QCOMPARE(f.cases->get(c->id)->version, 1);
    }

    void badFilesAreRefusedAndLeaveNothing()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        auto c = f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft());
        QVERIFY(c);
        AttachmentStore store(*f.db, f.clock);
        const User op = f.user(Role::IntakeOperator);
        auto notPhoto = store.add(op, c->id, "photo.jpg", "MZ this is a program, not a photo");
        QVERIFY(!notPhoto);
        QVERIFY(notPhoto.error().message.contains("not a JPEG or PNG"));
        QByteArray huge = photo("PNG");
        huge.append(QByteArray(AttachmentStore::kMaxBytes, '\0'));
        auto tooBig = store.add(op, c->id, "big.png", huge);
        QVERIFY(!tooBig);
        QVERIFY(tooBig.error().message.contains("at most 10 MB"));
        QVERIFY(!store.add(op, c->id, "empty.png", {}));
        // A case that does not exist: refused, and the file written first is taken away again.
        auto orphan = store.add(op, 987654, "x.png", photo("PNG"));
        QVERIFY(!orphan);
        QCOMPARE(store.list(c->id)->size(), 0);
        if (!f.db->isPostgres())
            QVERIFY(QDir(store.folder() + "/987654").isEmpty());
        auto q = f.db->exec("SELECT COUNT(*) FROM case_attachments");
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
