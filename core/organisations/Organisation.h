#pragma once

#include <QDateTime>
#include <QString>

namespace amparo {

// A network member, partner NGO, service provider, donor, authority or
// UN / regional mechanism.
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString kind; // Vocabulary::OrganisationKind
    QString country;
    QString contact;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace amparo
