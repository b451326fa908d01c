namespace CoopPortal.Domain.ReferenceData;

/// <summary>One of Iran's 31 provinces (استان). Each has a provincial cooperative office.</summary>
public sealed class Province
{
    public Province(int id, string name, int code)
    {
        Id = id;
        Name = name;
        Code = code;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The statistical code of the province in the source data set.</summary>
    public int Code { get; private set; }

    public ICollection<County> Counties { get; private set; } = new List<County>();
}
