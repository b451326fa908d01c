using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// Checks one row of a member list against the documented rules (docs/features/members.md) and turns it into an
/// <see cref="ImportedMember"/>, or reports every problem with the row's number and the column's header. Whether the
/// cooperative exists and whether the code repeats are checked by the import, which sees the whole file.
/// </summary>
internal sealed class MemberRowReader(IReadOnlyDictionary<ImportColumn, int> positions, ImportReferenceData reference, DateOnly today)
{
    private const int MaxPersonNameLength = FieldLengths.PersonName;
    private const int MaxRegistrationNumberLength = 30;

    public ImportedMember? Read(int row, string[] cells, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        void Fail(ImportColumn column, string message) => errors.Add(new ImportError(row, column.Header, message));
        string Cell(ImportColumn column) =>
            positions.TryGetValue(column, out var index) && index < cells.Length ? cells[index].Trim() : string.Empty;

        int? provinceId = null;
        var provinceCell = Cell(MemberImportFormat.Province);
        if (provinceCell.Length == 0)
        {
            Fail(MemberImportFormat.Province, "استان را وارد کنید.");
        }
        else if (reference.Provinces.TryGetValue(PersianText.ComparisonKey(provinceCell), out var province))
        {
            provinceId = province.Id;
        }
        else
        {
            Fail(MemberImportFormat.Province, $"استانی با نام «{PersianText.Normalize(provinceCell)}» در سامانه نیست.");
        }

        var registrationNumber = PersianDigits.ToAscii(Cell(MemberImportFormat.RegistrationNumber));
        if (registrationNumber.Length == 0)
        {
            Fail(MemberImportFormat.RegistrationNumber, MemberImportFormat.RegistrationRequired);
        }
        else if (!registrationNumber.All(c => char.IsAsciiDigit(c) || c == '-') || registrationNumber.Length > MaxRegistrationNumberLength)
        {
            Fail(MemberImportFormat.RegistrationNumber, MemberImportFormat.RegistrationDigits);
        }

        var code = Domain.ValueObjects.NationalCode.Parse(Cell(MemberImportFormat.NationalCode));
        if (!code.IsValid)
        {
            Fail(MemberImportFormat.NationalCode, code.Error!);
        }

        var name = PersianText.Normalize(Cell(MemberImportFormat.FullName));
        if (name.Length == 0)
        {
            Fail(MemberImportFormat.FullName, MemberImportFormat.NameRequired);
        }
        else if (name.Length > MaxPersonNameLength)
        {
            Fail(MemberImportFormat.FullName, MemberImportFormat.NameTooLong);
        }

        long? shares = null;
        var sharesCell = Cell(MemberImportFormat.Shares);
        if (sharesCell.Length == 0)
        {
            Fail(MemberImportFormat.Shares, MemberImportFormat.SharesRequired);
        }
        else if (CooperativeRowReader.WholeNumber(sharesCell) is { } amount and > 0)
        {
            shares = amount;
        }
        else
        {
            Fail(MemberImportFormat.Shares, MemberImportFormat.SharesNotANumber);
        }

        DateOnly? joinedOn = null;
        var joinedCell = Cell(MemberImportFormat.JoinedOn);
        if (joinedCell.Length > 0)
        {
            joinedOn = JalaliDate.Parse(joinedCell);
            if (joinedOn is null)
            {
                Fail(MemberImportFormat.JoinedOn, MemberImportFormat.JoinedOnFormat);
            }
            else if (joinedOn > today)
            {
                Fail(MemberImportFormat.JoinedOn, MemberImportFormat.JoinedOnFuture);
            }
        }

        return errors.Count > before
            ? null
            : new ImportedMember(provinceId!.Value, registrationNumber, code.Value!.Value.Value, name, shares!.Value, joinedOn);
    }
}
