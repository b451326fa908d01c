using CoopPortal.Domain.Formation;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>A document kind is stored as its code, the text the enum it replaced was stored as.</summary>
internal static class DocumentKindConversion
{
    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DocumentKind, string> Converter =
        new(kind => kind.Code, code => new DocumentKind(code));
}
