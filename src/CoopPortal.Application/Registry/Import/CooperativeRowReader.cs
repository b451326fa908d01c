using System.Globalization;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// Checks one data row against the documented rules (docs/csv-import.md) and turns it into an
/// <see cref="ImportedCooperative"/>, or reports every problem with the row's number and the column's header.
/// </summary>
internal sealed class CooperativeRowReader(IReadOnlyDictionary<ImportColumn, int> positions, ImportReferenceData reference, DateOnly today)
{
    private const int MaxNameLength = 200;
    private const int MaxPersonNameLength = 100;
    private const int MaxRegistrationNumberLength = 30;

    public ImportedCooperative? Read(CsvRow row, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        void Fail(ImportColumn column, string message) => errors.Add(new ImportError(row.Row, column.Header, message));
        string Cell(ImportColumn column) =>
            positions.TryGetValue(column, out var index) && index < row.Cells.Length ? row.Cells[index].Trim() : string.Empty;

        var name = PersianText.Normalize(Cell(CooperativeImportFormat.Name));
        if (name.Length == 0)
        {
            Fail(CooperativeImportFormat.Name, "نام تعاونی را وارد کنید.");
        }
        else if (name.Length > MaxNameLength)
        {
            Fail(CooperativeImportFormat.Name, $"نام تعاونی بیش از {PersianDigits.ToPersian(MaxNameLength.ToString(CultureInfo.InvariantCulture))} نویسه است.");
        }

        var registrationNumber = PersianDigits.ToAscii(Cell(CooperativeImportFormat.RegistrationNumber));
        if (registrationNumber.Length == 0)
        {
            Fail(CooperativeImportFormat.RegistrationNumber, "شماره ثبت را وارد کنید.");
        }
        else if (!registrationNumber.All(char.IsAsciiDigit) || registrationNumber.Length > MaxRegistrationNumberLength)
        {
            Fail(CooperativeImportFormat.RegistrationNumber, "شماره ثبت باید فقط از رقم تشکیل شده باشد.");
        }

        var registeredOn = RequiredDate(Cell(CooperativeImportFormat.RegisteredOn), CooperativeImportFormat.RegisteredOn, "تاریخ ثبت", Fail);
        if (registeredOn is { } date && date > today)
        {
            Fail(CooperativeImportFormat.RegisteredOn, "تاریخ ثبت نمی‌تواند در آینده باشد.");
            registeredOn = null;
        }

        string? companyNationalId = null;
        var companyCell = Cell(CooperativeImportFormat.CompanyNationalId);
        if (companyCell.Length > 0)
        {
            var parsed = CompanyNationalId.Parse(companyCell);
            if (parsed.Value is { } id)
            {
                companyNationalId = id.Value;
            }
            else
            {
                Fail(CooperativeImportFormat.CompanyNationalId, parsed.Error!);
            }
        }

        int? provinceId = null;
        var provinceCell = PersianText.Normalize(Cell(CooperativeImportFormat.Province));
        if (provinceCell.Length == 0)
        {
            Fail(CooperativeImportFormat.Province, "استان را وارد کنید.");
        }
        else if (reference.Provinces.TryGetValue(PersianText.ComparisonKey(provinceCell), out var province))
        {
            provinceId = province.Id;
        }
        else
        {
            Fail(CooperativeImportFormat.Province, $"استانی با نام «{provinceCell}» در سامانه نیست.");
        }

        int? countyId = null;
        var countyCell = PersianText.Normalize(Cell(CooperativeImportFormat.County));
        if (countyCell.Length > 0)
        {
            var candidates = reference.Counties[PersianText.ComparisonKey(countyCell)].ToList();
            if (candidates.Count == 0)
            {
                Fail(CooperativeImportFormat.County, $"شهرستانی با نام «{countyCell}» در سامانه نیست.");
            }
            else if (provinceId is { } p)
            {
                var match = candidates.Where(c => c.ProvinceId == p).Select(c => (int?)c.Id).FirstOrDefault();
                if (match is null)
                {
                    Fail(CooperativeImportFormat.County, $"شهرستان «{countyCell}» در استان {reference.ProvinceNames[p]} نیست.");
                }

                countyId = match;
            }
        }

        int? activityTypeId = null;
        var activityCell = PersianText.Normalize(Cell(CooperativeImportFormat.ActivityType));
        if (activityCell.Length > 0)
        {
            if (reference.ActivityTypes.TryGetValue(PersianText.ComparisonKey(activityCell), out var activity))
            {
                activityTypeId = activity;
            }
            else
            {
                Fail(CooperativeImportFormat.ActivityType, $"نوع فعالیت «{activityCell}» شناخته نیست؛ یکی از تولیدی، توزیعی یا چندمنظوره را بنویسید.");
            }
        }

        int? members = null;
        var membersCell = Cell(CooperativeImportFormat.MembersCount);
        if (membersCell.Length == 0)
        {
            Fail(CooperativeImportFormat.MembersCount, "تعداد اعضا را وارد کنید.");
        }
        else if (WholeNumber(membersCell) is { } count and >= CooperativeImportFormat.MinimumMembers and <= int.MaxValue)
        {
            members = (int)count;
        }
        else
        {
            Fail(CooperativeImportFormat.MembersCount, "تعداد اعضا باید عددی صحیح و دست‌کم ۱ باشد.");
        }

        long? capital = null;
        var capitalCell = Cell(CooperativeImportFormat.Capital);
        if (capitalCell.Length == 0)
        {
            Fail(CooperativeImportFormat.Capital, "سرمایه را به ریال وارد کنید.");
        }
        else if (WholeNumber(capitalCell) is { } amount and > 0)
        {
            capital = amount;
        }
        else
        {
            Fail(CooperativeImportFormat.Capital, "سرمایه باید عددی صحیح و بزرگ‌تر از صفر (به ریال) باشد.");
        }

        string? managerCode = null;
        var code = NationalCode.Parse(Cell(CooperativeImportFormat.ManagerNationalCode));
        if (code.Value is { } valid)
        {
            managerCode = valid.Value;
        }
        else
        {
            Fail(CooperativeImportFormat.ManagerNationalCode, code.Error!);
        }

        var managerName = PersianText.Normalize(Cell(CooperativeImportFormat.ManagerFullName));
        if (managerName.Length == 0)
        {
            Fail(CooperativeImportFormat.ManagerFullName, "نام مدیرعامل را وارد کنید.");
        }
        else if (managerName.Length > MaxPersonNameLength)
        {
            Fail(CooperativeImportFormat.ManagerFullName, $"نام مدیرعامل بیش از {PersianDigits.ToPersian(MaxPersonNameLength.ToString(CultureInfo.InvariantCulture))} نویسه است.");
        }

        DateOnly? termEndsOn = null;
        var termCell = Cell(CooperativeImportFormat.BoardTermEndsOn);
        if (termCell.Length > 0)
        {
            termEndsOn = JalaliDate.Parse(termCell);
            if (termEndsOn is null)
            {
                Fail(CooperativeImportFormat.BoardTermEndsOn, "پایان دوره هیئت مدیره باید تاریخ شمسی درست به شکل ۱۴۰۵/۰۶/۳۱ باشد.");
            }
            else if (registeredOn is { } registered && termEndsOn < registered)
            {
                Fail(CooperativeImportFormat.BoardTermEndsOn, "پایان دوره هیئت مدیره نمی‌تواند پیش از تاریخ ثبت باشد.");
            }
        }

        return errors.Count > before
            ? null
            : new ImportedCooperative(name, registrationNumber, registeredOn!.Value, companyNationalId, provinceId!.Value, countyId, activityTypeId,
                members!.Value, capital!.Value, managerCode!, managerName, termEndsOn);
    }

    /// <summary>A whole number with optional thousands separators (, or ٬) in any digit script; a decimal point is refused.</summary>
    internal static long? WholeNumber(string cell) =>
        cell.Contains('.', StringComparison.Ordinal) || cell.Contains('\u066B', StringComparison.Ordinal) ? null : PersianNumbers.Parse(cell);

    private static DateOnly? RequiredDate(string cell, ImportColumn column, string title, Action<ImportColumn, string> fail)
    {
        if (cell.Length == 0)
        {
            fail(column, $"{title} را وارد کنید.");
            return null;
        }

        var date = JalaliDate.Parse(cell);
        if (date is null)
        {
            fail(column, $"{title} باید تاریخ شمسی درست به شکل ۱۳۹۸/۰۵/۱۲ باشد.");
        }

        return date;
    }
}
