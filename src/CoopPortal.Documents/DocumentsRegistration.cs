using CoopPortal.Application.Common.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Documents;

public static class DocumentsRegistration
{
    public static IServiceCollection AddDocumentTemplates(this IServiceCollection services) => services
        .AddSingleton<IDocumentTemplates, RazorDocumentTemplates>()
        .AddSingleton<IDocumentFontSource, EmbeddedDocumentFonts>();
}
