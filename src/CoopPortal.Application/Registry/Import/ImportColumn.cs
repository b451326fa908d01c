namespace CoopPortal.Application.Registry.Import;

/// <summary>One column of the import file: its Persian header as documented, other spellings accepted, and whether it must be present.</summary>
public sealed record ImportColumn(string Header, bool Required, string Description, params string[] OtherSpellings)
{
    /// <summary>True when a header cell names this column (compared after Persian normalization, ignoring spaces and ZWNJ).</summary>
    public bool Matches(string header)
    {
        var key = CooperativeImportFormat.HeaderKey(header);
        return key == CooperativeImportFormat.HeaderKey(Header) || OtherSpellings.Any(s => CooperativeImportFormat.HeaderKey(s) == key);
    }
}
