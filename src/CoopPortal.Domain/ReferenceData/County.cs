namespace CoopPortal.Domain.ReferenceData;

/// <summary>A county (شهرستان) of a province.</summary>
public sealed class County
{
    public County(int id, string name, int provinceId, int code)
    {
        Id = id;
        Name = name;
        ProvinceId = provinceId;
        Code = code;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int ProvinceId { get; private set; }

    public Province? Province { get; private set; }

    public int Code { get; private set; }
}
