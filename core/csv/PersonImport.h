#pragma once

#include "csv/RowImporter.h"
#include "people/Person.h"
#include "people/PersonService.h"

namespace amparo {
class Session;
}

namespace amparo {
namespace csv {

// Rows of a people file. A row whose external_id the vault knows updates
// that person's columns present in the file (absent columns keep their
// values); an identical one is left alone; any other row creates a person.
// Pseudonyms are the vault's: one in the file is only compared, never used.
class PersonImport final : public RowImporter
{
public:
    PersonImport(Session& session, ImportReport& report);

    void importRow(ImportRow& row, const QString& externalId) override;

private:
    void readCells(ImportRow& row, Person& person) const;
    void notePseudonym(ImportRow& row, const QString& assigned) const;

    Session& m_session;
    PersonService m_people;
    ImportReport& m_report;
};

// Whether the columns a people file carries are the same in both.
bool samePersonColumns(const Person& a, const Person& b);

} // namespace csv
} // namespace amparo
