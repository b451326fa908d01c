namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>The last number given per kind, province and year (numbers have no gaps; see SequenceNumbering).</summary>
internal sealed class SequenceCounter
{
    public string Kind { get; set; } = string.Empty;

    public int ProvinceId { get; set; }

    public int Year { get; set; }

    public int LastSequence { get; set; }
}
