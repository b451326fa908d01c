using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.UnitTests.Certificates;

public sealed class FormationCertificateTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static FormationCertificate Issue() => FormationCertificate.Issue(
        Guid.NewGuid(), 14, 1405, 12, VerificationCode.New(),
        new CertificateContent("تعاونی نمونه", "تولیدی", "کشاورزی", "عام", "زنجان", "ابهر", [new("مریم احمدی", "0010000003")], 7, 70_000_000, "اداره کل", "K7TM-29QH", "مدیر"),
        "head", Now);

    [Fact]
    public void The_number_is_year_province_and_a_five_digit_sequence() =>
        Assert.Equal("1405/14/00012", Issue().Number);

    [Fact]
    public void Issue_refuses_a_malformed_verification_code() =>
        Assert.Throws<ArgumentException>(() => FormationCertificate.Issue(Guid.NewGuid(), 14, 1405, 1, "short", Issue().Content, "head", Now));

    [Fact]
    public void The_pdf_is_attached_once_and_never_replaced()
    {
        var certificate = Issue();
        certificate.AttachPdf([1, 2, 3], "abc", Now);
        Assert.Throws<InvalidOperationException>(() => certificate.AttachPdf([4, 5, 6], "def", Now.AddMinutes(1)));
        Assert.Equal(new byte[] { 1, 2, 3 }, certificate.Pdf);
        Assert.Equal(Now, certificate.PdfCreatedAtUtc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("کوتاه")]
    public void Revocation_needs_a_reason_of_at_least_ten_characters(string reason)
    {
        var certificate = Issue();
        var error = Assert.Throws<DomainException>(() => certificate.Revoke("head", reason, Now));
        Assert.Equal(FormationCertificate.ReasonRequired, error.Message);
        Assert.False(certificate.IsRevoked);
    }

    [Fact]
    public void Revocation_keeps_who_when_and_why_normalized_and_happens_once()
    {
        var certificate = Issue();
        certificate.Revoke("head", "مدارک يكی از مؤسسان جعلی بود", Now);
        Assert.True(certificate.IsRevoked);
        Assert.Equal(Now, certificate.RevokedAtUtc);
        Assert.Equal("head", certificate.RevokedByUserId);
        Assert.Equal("مدارک یکی از مؤسسان جعلی بود", certificate.RevocationReason); // Arabic ي/ك normalized
        Assert.Equal(FormationCertificate.AlreadyRevoked, Assert.Throws<DomainException>(() => certificate.Revoke("head", "بار دوم ابطال برای آزمون", Now)).Message);
    }

    [Fact]
    public void Only_an_approved_application_can_have_its_approval_revoked()
    {
        Assert.Equal(ApplicationStatus.ApprovalRevoked, ApplicationWorkflow.Next(ApplicationStatus.Approved, WorkflowAction.RevokeApproval).To);
        foreach (var status in Enum.GetValues<ApplicationStatus>().Where(s => s != ApplicationStatus.Approved))
        {
            var (to, refusal) = ApplicationWorkflow.Next(status, WorkflowAction.RevokeApproval);
            Assert.Null(to);
            Assert.False(string.IsNullOrWhiteSpace(refusal));
        }

        foreach (var action in Enum.GetValues<WorkflowAction>())
        {
            Assert.Null(ApplicationWorkflow.Next(ApplicationStatus.ApprovalRevoked, action).To);
        }
    }
}
