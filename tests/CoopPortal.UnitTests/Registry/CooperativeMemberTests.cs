using CoopPortal.Domain.Cooperatives;
using CoopPortal.Testing;
using CoopPortal.UnitTests.Formation;

namespace CoopPortal.UnitTests.Registry;

/// <summary>The registry's members and what a membership certificate says (ADR 0025).</summary>
public sealed class CooperativeMemberTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_founding_members_of_an_application_become_members_with_their_subscribed_capital_as_shares()
    {
        var application = TestApplications.UnderReview();
        var cooperativeId = Guid.NewGuid();
        var joinedOn = new DateOnly(2026, 12, 6);

        var members = CooperativeMember.Founders(cooperativeId, application, joinedOn, Now);

        Assert.Equal(application.Members.Count, members.Count);
        Assert.All(members, m => Assert.Equal((cooperativeId, MembershipSource.FoundingApplication, MembershipStatus.Member, (DateOnly?)joinedOn), (m.CooperativeId, m.Source, m.Status, m.JoinedOn)));
        Assert.Equal(application.Members.Select(m => (m.NationalCode, m.ShareSubscribed ?? 0)).Order(), members.Select(m => (m.NationalCode, m.Shares)).Order());
    }

    [Fact]
    public void A_member_needs_a_valid_national_code()
    {
        Assert.Throws<ArgumentException>(() => new CooperativeMember(Guid.NewGuid(), "1234567890", "علی", 1000, null, MembershipSource.Import, Now));
    }

    private static MembershipCertificateContent Content(long shares = 2_500_000) =>
        new("علی رضایی", "0084575948", "تعاونی نمونه", "1245", "زنجان", "ابهر", shares, new DateOnly(2020, 7, 5), "اداره کل تعاون، کار و رفاه اجتماعی استان زنجان");

    [Fact]
    public void The_same_membership_gives_the_same_fingerprint_and_a_change_of_shares_another()
    {
        Assert.Equal(Content().Fingerprint(), Content().Fingerprint());
        Assert.NotEqual(Content().Fingerprint(), Content(shares: 2_500_001).Fingerprint());
        Assert.NotEqual(Content().Fingerprint(), (Content() with { JoinedOn = null }).Fingerprint());
        Assert.Matches("^[0-9a-f]{64}$", Content().Fingerprint());
    }

    [Fact]
    public void The_public_check_shows_only_the_last_four_digits_of_the_national_code()
    {
        Assert.Equal("******5948", Content().MaskedNationalCode());
    }

    [Fact]
    public void A_certificate_is_issued_for_a_current_membership_with_its_content_fingerprint()
    {
        var member = new CooperativeMember(Guid.NewGuid(), TestNationalCodes.Next(), "علی رضایی", 2_500_000, null, MembershipSource.Import, Now);

        var certificate = MembershipCertificate.Issue(member, 14, 1405, 3, CoopPortal.Domain.Certificates.VerificationCode.New(), Content(), "user-1", Now);

        Assert.Equal((member.Id, member.CooperativeId, member.NationalCode, "1405/14/00003"), (certificate.MembershipId, certificate.CooperativeId, certificate.NationalCode, certificate.Number));
        Assert.Equal(Content().Fingerprint(), certificate.Fingerprint);
        Assert.Equal(CoopPortal.Domain.Certificates.VerifiableDocumentKind.MembershipCertificate, certificate.Kind);
    }
}
