#pragma once

#include "DomainFixture.h"
#include "cases/CaseService.h"
#include "people/PersonService.h"
#include "vault/Session.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <catch2/catch.hpp>

namespace amparo {
namespace test {

// A case opened by the caseworker bea with one person linked as its victim,
// for the tests of the case editor's tabs.
struct CaseTabWorld
{
    CaseTabWorld() : bea(domain.as(QStringLiteral("bea")))
    {
        caseId = CaseService(*bea).create(sampleCase()).id;
        const SavedPerson victim = PersonService(*bea).create(samplePerson());
        victimId = victim.id;
        victimPseudonym = victim.pseudonym;
        CaseService(*bea).addPerson(caseId, victimId, QStringLiteral("victim"));
    }

    std::function<Session&()> access()
    {
        return [this]() -> Session& {
            return *bea;
        };
    }

    DomainFixture domain;
    std::unique_ptr<Session> bea;
    qint64 caseId = 0;
    qint64 victimId = 0;
    QString victimPseudonym;
};

// The button that saves a record dialog.
inline QPushButton* saveButton(QDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box);
    return box->button(QDialogButtonBox::Ok);
}

} // namespace test
} // namespace amparo
