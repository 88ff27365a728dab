#pragma once

#include "DomainFixture.h"
#include "PdfText.h"
#include "export/CaseSummary.h"

#include <map>
#include <memory>

namespace amparo {
namespace test {

// A case of bea's with three people: Zainab Al-Khawaja consented to sharing
// with partners and to publication in an urgent appeal, Maria Lopez to
// sharing with partners only, Ahmed Hassan to nothing. Zainab was tortured
// (with a medical examination on file), Ahmed arbitrarily detained; Ahmed
// receives legal assistance; an urgent appeal was sent. The account of the
// case names Zainab.
struct SummaryWorld
{
    SummaryWorld();

    Session& as(const char* login);
    qint64 addPerson(Person person, const QString& role = QStringLiteral("victim"));
    void consent(qint64 personId, const char* purpose);
    QByteArray summary(const char* login, Redaction level, const char* language = "en");
    std::unique_ptr<PdfText> read(Redaction level, const char* language = "en");

    DomainFixture fixture;
    std::map<QString, std::unique_ptr<Session>> sessions;
    qint64 caseId = 0;
    QString reference;
    qint64 zainab = 0;
    qint64 maria = 0;
    qint64 ahmed = 0;
    QString zainabPseudonym;
    QString mariaPseudonym;
    QString ahmedPseudonym;
};

} // namespace test
} // namespace amparo
