using CoopPortal.Application.Formation.Versions;
using CoopPortal.Application.ReferenceData;
using CoopPortal.Domain.Formation;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>What the reviewer of a resubmission is shown as changed since the version sent back (issue 18).</summary>
public sealed class VersionDiffTests
{
    private static readonly Lookups Lists = new(
        [new LookupOption(1, "تولیدی"), new LookupOption(2, "خدماتی")],
        [new LookupOption(1, "عام")],
        [new LookupOption(1, "صنعتی")],
        [new LookupOption(14, "زنجان")],
        [new CountyOption(1, "زنجان", 14), new CountyOption(2, "ابهر", 14)]);

    private static IReadOnlyList<VersionChange> Diff(FormationApplication before, FormationApplication after) =>
        VersionDiff.Between(ApplicationSnapshot.Of(before), ApplicationSnapshot.Of(after), Lists, DocumentTypeCatalog.Default);

    [Fact]
    public void The_same_answers_make_no_change()
    {
        Assert.Empty(Diff(Complete(), Complete()));
    }

    [Fact]
    public void A_changed_field_is_named_with_its_old_and_new_value_and_a_reference_by_its_title()
    {
        var after = Complete();
        var d = after.Details;
        after.UpdateDetails(CooperativeDetails.Create(2, d.OrientationId, d.MembershipTypeId, d.ActivityDescription, d.ProvinceId, 2, d.Address, "1234567899", d.Phone), Now);

        var changes = Diff(Complete(), after);

        Assert.Equal(
            [
                new VersionChange(ApplicationSection.Cooperative, "نوع فعالیت", "تولیدی", "خدماتی"),
                new VersionChange(ApplicationSection.Cooperative, "شهرستان", "زنجان", "ابهر"),
                new VersionChange(ApplicationSection.Cooperative, "کد پستی", "1234567890", "1234567899"),
            ],
            changes);
    }

    [Fact]
    public void Members_are_matched_by_national_code_and_a_share_change_belongs_to_the_capital()
    {
        var before = Complete();
        var after = Complete();
        var second = after.Members[1];
        after.UpdateMember(second.Id, ValidMember(1) with { ShareSubscribed = Share * 2 }, Now);
        after.RemoveMember(after.Members[6].Id, Now);
        after.AddMember(ValidMember(9), Now);

        var changes = Diff(before, after);

        Assert.Contains(new VersionChange(ApplicationSection.Capital, $"{second.FullName}: سهم تعهدشده", "۱۰٬۰۰۰٬۰۰۰ ریال", "۲۰٬۰۰۰٬۰۰۰ ریال"), changes);
        Assert.Contains(changes, c => c is { Section: ApplicationSection.Members, What: "عضو حذف شد", After: null } && c.Before == before.Members[6].FullName);
        Assert.Contains(changes, c => c is { Section: ApplicationSection.Members, What: "عضو افزوده شد", Before: null } && c.After == ValidMember(9).FullName);
        Assert.Equal(3, changes.Count);
    }

    [Fact]
    public void A_replaced_document_shows_as_removed_and_added_with_its_kind()
    {
        var before = Complete();
        var after = Complete();
        var old = after.Documents[0];
        after.RemoveDocument(old.Id, Now);
        after.AttachDocument(old.Kind, "new.pdf", "application/pdf", 20, new string('f', 64), "key-2", Now);

        var changes = Diff(before, after);

        var kind = DocumentTypeCatalog.Default.Title(old.Kind);
        Assert.Equal(
            [
                new VersionChange(ApplicationSection.Documents, $"مدرک حذف شد ({kind})", old.FileName, null),
                new VersionChange(ApplicationSection.Documents, $"مدرک افزوده شد ({kind})", null, "new.pdf"),
            ],
            changes);
    }

    [Fact]
    public void A_version_written_before_the_snapshot_had_a_type_is_read_back()
    {
        // The shape SubmitApplicationHandler wrote as an anonymous object (with the computed IsEmpty and Paid).
        const string json = """
            {"TrackingCode":"K7TM-29QH","SubmissionCount":1,
             "Details":{"ActivityTypeId":1,"OrientationId":1,"MembershipTypeId":1,"ActivityDescription":"شرح","ProvinceId":14,"CountyId":1,"Address":"نشانی","PostalCode":"1234567890","Phone":"02433456789","IsEmpty":false},
             "Names":["تعاونی آفتاب"],
             "Members":[{"Position":1,"FullName":"علی رضایی","FatherName":"حسن","NationalCode":"0012345000","BirthDateJalali":"1365/01/01","Mobile":"09121234567","ShareSubscribed":10000000,"AmountPaid":4000000,"InKindValue":null,"InKindDescription":"","IsFounder":true}],
             "Capital":{"Total":10000000,"Cash":4000000,"InKind":0,"Paid":4000000},
             "Documents":[{"Id":"6f1c3a52-4a8e-4a7e-9a59-3f0f8a6b2c11","Kind":"ProposalPlan","FileName":"plan.pdf","ContentType":"application/pdf","Size":10,"Sha256":"bbbb"}]}
            """;

        var snapshot = ApplicationSnapshot.Parse(json);

        Assert.Equal(("K7TM-29QH", "نشانی", "تعاونی آفتاب", "علی رضایی", 4_000_000L, "ProposalPlan"),
            (snapshot.TrackingCode, snapshot.Details.Address, snapshot.Names[0], snapshot.Members[0].FullName, snapshot.Capital.Paid, snapshot.Documents[0].Kind));
        Assert.Equal(snapshot.ToJson(), ApplicationSnapshot.Parse(snapshot.ToJson()).ToJson());
    }
}
