#include "PageStack.h"

#include <QChildEvent>

namespace wh::ui {

PageStack::PageStack(QWidget* parent)
    : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::widgetRemoved, this, [this](int) { pageShown(currentIndex()); });
    connect(this, &QStackedWidget::currentChanged, this, &PageStack::pageShown);
}

void PageStack::childEvent(QChildEvent* event)
{
    QStackedWidget::childEvent(event);
    // A page is a child before addWidget() makes it a page: size the pages once it has been added.
    if (event->added() && event->child()->isWidgetType())
        QMetaObject::invokeMethod(this, [this] { pageShown(currentIndex()); }, Qt::QueuedConnection);
}

void PageStack::pageAdded(int index)
{
    QWidget* page = widget(index);
    if (!page->property(kPolicyProperty).isValid())
        page->setProperty(kPolicyProperty, QVariant::fromValue(page->sizePolicy()));
}

void PageStack::pageShown(int index)
{
    for (int i = 0; i < count(); ++i) {
        QWidget* page = widget(i);
        pageAdded(i);
        page->setSizePolicy(i == index ? page->property(kPolicyProperty).value<QSizePolicy>()
                                       : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
    updateGeometry();
}

} // namespace wh::ui
