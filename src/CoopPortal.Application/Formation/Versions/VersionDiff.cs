using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.ReferenceData;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.Versions;

/// <summary>
/// What changed from one version of an application to the next, section by section, so the reviewer of a
/// resubmission reads the corrections instead of the whole application again. Members are matched by national code
/// (a member whose code was corrected shows as one removed and one added); documents by their content.
/// </summary>
public static class VersionDiff
{
    public static IReadOnlyList<VersionChange> Between(ApplicationSnapshot before, ApplicationSnapshot after, Lookups lookups, DocumentTypeCatalog documentTypes)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(documentTypes);
        var changes = new List<VersionChange>();
        Details(before.Details, after.Details, lookups, changes);
        Names(before.Names, after.Names, changes);
        Members(before.Members, after.Members, changes);
        Documents(before.Documents, after.Documents, documentTypes, changes);
        return changes;
    }

    private static void Details(CooperativeDetails b, CooperativeDetails a, Lookups lookups, List<VersionChange> changes)
    {
        void Field(string what, string? x, string? y) => Compare(changes, ApplicationSection.Cooperative, what, x, y);
        Field("نوع فعالیت", lookups.ActivityTypeTitle(b.ActivityTypeId), lookups.ActivityTypeTitle(a.ActivityTypeId));
        Field("گرایش", lookups.OrientationTitle(b.OrientationId), lookups.OrientationTitle(a.OrientationId));
        Field("نوع عضویت", lookups.MembershipTypeTitle(b.MembershipTypeId), lookups.MembershipTypeTitle(a.MembershipTypeId));
        Field("شرح فعالیت", b.ActivityDescription, a.ActivityDescription);
        Field("استان", lookups.ProvinceTitle(b.ProvinceId), lookups.ProvinceTitle(a.ProvinceId));
        Field("شهرستان", lookups.CountyTitle(b.CountyId), lookups.CountyTitle(a.CountyId));
        Field("نشانی", b.Address, a.Address);
        Field("کد پستی", b.PostalCode, a.PostalCode);
        Field("تلفن", b.Phone, a.Phone);
    }

    private static void Names(IReadOnlyList<string> b, IReadOnlyList<string> a, List<VersionChange> changes)
    {
        for (var rank = 0; rank < Math.Max(b.Count, a.Count); rank++)
        {
            Compare(changes, ApplicationSection.Names, $"نام اولویت {PersianFormat.Number(rank + 1)}", rank < b.Count ? b[rank] : null, rank < a.Count ? a[rank] : null);
        }
    }

    private static void Members(IReadOnlyList<SnapshotMember> before, IReadOnlyList<SnapshotMember> after, List<VersionChange> changes)
    {
        var earlier = before.ToDictionary(m => m.NationalCode);
        var later = after.ToDictionary(m => m.NationalCode);
        foreach (var m in before.Where(m => !later.ContainsKey(m.NationalCode)))
        {
            changes.Add(new VersionChange(ApplicationSection.Members, "عضو حذف شد", m.FullName, null));
        }

        foreach (var m in after)
        {
            if (!earlier.TryGetValue(m.NationalCode, out var b))
            {
                changes.Add(new VersionChange(ApplicationSection.Members, "عضو افزوده شد", null, m.FullName));
                continue;
            }

            void Field(ApplicationSection section, string what, string? x, string? y) => Compare(changes, section, $"{m.FullName}: {what}", x, y);
            Field(ApplicationSection.Members, "نام و نام خانوادگی", b.FullName, m.FullName);
            Field(ApplicationSection.Members, "نام پدر", b.FatherName, m.FatherName);
            Field(ApplicationSection.Members, "تاریخ تولد", b.BirthDateJalali, m.BirthDateJalali);
            Field(ApplicationSection.Members, "تلفن همراه", b.Mobile, m.Mobile);
            Field(ApplicationSection.Capital, "سهم تعهدشده", Rials(b.ShareSubscribed), Rials(m.ShareSubscribed));
            Field(ApplicationSection.Capital, "مبلغ پرداخت‌شده", Rials(b.AmountPaid), Rials(m.AmountPaid));
            Field(ApplicationSection.Capital, "ارزش آورده غیرنقدی", Rials(b.InKindValue), Rials(m.InKindValue));
            Field(ApplicationSection.Capital, "شرح آورده غیرنقدی", b.InKindDescription, m.InKindDescription);
            Field(ApplicationSection.FoundersBoard, "عضو هیئت مؤسس", YesNo(b.IsFounder), YesNo(m.IsFounder));
        }
    }

    private static void Documents(IReadOnlyList<SnapshotDocument> before, IReadOnlyList<SnapshotDocument> after, DocumentTypeCatalog types, List<VersionChange> changes)
    {
        foreach (var d in before.Where(d => !after.Any(x => x.Sha256 == d.Sha256 && x.Kind == d.Kind)))
        {
            changes.Add(new VersionChange(ApplicationSection.Documents, $"مدرک حذف شد ({KindTitle(types, d.Kind)})", d.FileName, null));
        }

        foreach (var d in after.Where(d => !before.Any(x => x.Sha256 == d.Sha256 && x.Kind == d.Kind)))
        {
            changes.Add(new VersionChange(ApplicationSection.Documents, $"مدرک افزوده شد ({KindTitle(types, d.Kind)})", null, d.FileName));
        }
    }

    private static void Compare(List<VersionChange> changes, ApplicationSection section, string what, string? before, string? after)
    {
        if (!string.Equals(Blank(before), Blank(after), StringComparison.Ordinal))
        {
            changes.Add(new VersionChange(section, what, Blank(before) ?? Empty, Blank(after) ?? Empty));
        }
    }

    /// <summary>How an answer left blank reads in a change.</summary>
    public const string Empty = "(خالی)";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? Rials(long? amount) => amount is { } a ? $"{PersianFormat.Number(a)} ریال" : null;

    private static string YesNo(bool value) => value ? "بله" : "خیر";

    private static string KindTitle(DocumentTypeCatalog types, string kind) => types.Title(new DocumentKind(kind));
}
