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

public static class DocumentsRegistration
{
    public static IServiceCollection AddDocumentTemplates(this IServiceCollection services) => services
        .AddSingleton<IDocumentTemplates, RazorDocumentTemplates>()
        .AddSingleton<IDocumentFontSource, EmbeddedDocumentFonts>();
}
