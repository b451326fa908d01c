using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Formation;
using CoopPortal.Web.Components.Pages.Review;

namespace CoopPortal.ComponentTests.Pages.Review;

/// <summary>The reviewer's document previews name each document by its kind's title (they printed the Razor expression once).</summary>
public sealed class DocumentPreviewsTests : ComponentTest
{
    [Fact]
    public void Each_preview_is_headed_by_its_kinds_title_as_the_administrator_worded_it()
    {
        var application = FormationApplication.Start("applicant-1", "0010000003", DateTime.UtcNow);
        application.AttachDocument(DocumentKind.ProposalPlan, "plan.pdf", "application/pdf", 1024, "cc", "key-1", DateTime.UtcNow);
        var worded = new DocumentTypeCatalog(DocumentTypeCatalog.Default.All.Select(t =>
            t.Kind == DocumentKind.ProposalPlan ? t with { Title = "طرح توجیهی" } : t));

        var builtIn = Context.Render<DocumentPreviews>(p => p.Add(c => c.Application, application));
        var byAdmin = Context.Render<DocumentPreviews>(p => p.Add(c => c.Application, application).Add(c => c.DocumentTypes, worded));

        Assert.Equal(DocumentKindText.Title(DocumentKind.ProposalPlan), builtIn.Find("#document-previews strong").TextContent);
        Assert.Equal("طرح توجیهی", byAdmin.Find("#document-previews strong").TextContent);
        Assert.DoesNotContain("DocumentTypeCatalog", builtIn.Markup, StringComparison.Ordinal);
    }
}
