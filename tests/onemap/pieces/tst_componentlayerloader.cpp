// ComponentLayerLoader: the surveyed components read off the GUI thread as points of their big
// class.
#include "componentlayerloader.h"
#include "mapfixture.h"
#include "testregistry.h"

using namespace yw;

class TestComponentLayerLoader : public QObject
{
    Q_OBJECT
private slots:
    void readsTheComponents()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        onemap::MapLayerSet layers(*f.city.platform->context().taxonomy, nullptr);
        onemap::ComponentLayerLoader loader(f.city.platform->context(), layers);
        loader.start();
        loader.wait();
        QVERIFY(loader.isLoaded());
        QCOMPARE(int(layers.components->pointCount()), 1);
        const auto data = layers.components->data();
        QCOMPARE(data->numericId.front(), test::ModuleTestCity::lampId().toULongLong());
        QCOMPARE(int(data->category.front()), layers.componentCategory("01037"));
    }
};

YW_TEST_CLASS(TestComponentLayerLoader)
#include "tst_componentlayerloader.moc"
