using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Formation.Summary;
using CoopPortal.Application.Statistics.Export;
using CoopPortal.Application.Supervision.Documents;
using CoopPortal.Documents.Layout;
using CoopPortal.Documents.Templates;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Documents;

/// <summary>Renders a document model with its Razor template to a self-contained HTML page (HtmlRenderer).</summary>
public sealed class RazorDocumentTemplates(IServiceScopeFactory scopes, ILoggerFactory loggerFactory) : IDocumentTemplates
{
    /// <summary>Which template lays out which kind of document. Each template takes the model as "Document".</summary>
    private static readonly Dictionary<Type, Type> Templates = new()
    {
        [typeof(CertificateDocument)] = typeof(CertificateTemplate),
        [typeof(Application.Assemblies.ChangeNotice.ChangeNoticeDocument)] = typeof(RegistryChangeNoticeTemplate),
        [typeof(Application.Memberships.Certificate.MembershipCertificateDocument)] = typeof(MembershipCertificateTemplate),
        [typeof(Application.Dormancy.Notice.DormancyNoticeDocument)] = typeof(DormancyNoticeTemplate),
        [typeof(Application.Festival.Certificate.AppreciationCertificateDocument)] = typeof(AppreciationCertificateTemplate),
        [typeof(ApplicationSummaryDocument)] = typeof(ApplicationSummaryTemplate),
        [typeof(DeclarationDocument)] = typeof(DeclarationTemplate),
        [typeof(StatisticsReportDocument)] = typeof(StatisticsReportTemplate),
        [typeof(Application.Inspection.Documents.InspectorReportDocument)] = typeof(InspectorReportTemplate),
    };

    public static IReadOnlyCollection<Type> DocumentTypes => Templates.Keys;

    public async Task<string> RenderHtmlAsync(DocumentModel document, DocumentMedia media, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!Templates.TryGetValue(document.GetType(), out var template))
        {
            throw new InvalidOperationException($"No template lays out {document.GetType().Name}.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var shell = new DocumentShellContext(media);
            var output = await renderer.RenderComponentAsync<CascadingValue<DocumentShellContext>>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                ["Value"] = shell,
                ["IsFixed"] = true,
                ["ChildContent"] = (RenderFragment)(builder =>
                {
                    builder.OpenComponent(0, template);
                    builder.AddComponentParameter(1, "Document", document);
                    builder.CloseComponent();
                }),
            }));
            return output.ToHtmlString();
        });
    }
}
