#pragma once

#include "cases/Case.h"
#include "cases/CaseService.h"
#include "csv/RowImporter.h"
#include "people/PersonService.h"

#include <QStringList>
#include <vector>

namespace amparo {
class Session;
}

namespace amparo {
namespace csv {

// Rows of a cases file. A row whose external_id the vault knows updates that
// case's columns present in the file; an identical one is left alone; any
// other row opens a case, with the file's reference when it has one. The
// status of a new case is recorded as imported; an existing case changes
// status only through an allowed workflow transition. Victims are added,
// never removed: an import does not delete.
class CaseImport final : public RowImporter
{
public:
    CaseImport(Session& session, ImportReport& report);

    void importRow(ImportRow& row, const QString& externalId) override;

private:
    void readCells(ImportRow& row, Case& c, const std::optional<Case>& existing) const;
    std::vector<qint64> readVictims(ImportRow& row, const std::optional<Case>& existing) const;
    void updateExisting(ImportRow& row, const Case& before, const Case& after,
                        const std::vector<qint64>& victims);
    void createNew(ImportRow& row, const Case& c, const std::vector<qint64>& victims);
    bool addVictims(ImportRow& row, qint64 caseId, const std::vector<qint64>& victims);

    Session& m_session;
    CaseService m_cases;
    PersonService m_people;
    ImportReport& m_report;
};

// Whether the columns a cases file carries (other than status, reference and
// victims) are the same in both.
bool sameCaseColumns(const Case& a, const Case& b);

} // namespace csv
} // namespace amparo
