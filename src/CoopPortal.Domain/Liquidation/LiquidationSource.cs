namespace CoopPortal.Domain.Liquidation;

/// <summary>How a liquidation began. Stored by name.</summary>
public enum LiquidationSource
{
    /// <summary>An extraordinary general assembly resolved to dissolve; the office confirmed its minutes.</summary>
    Assembly,

    /// <summary>The head of office decided the dissolution (dormancy case); the office named the liquidators.</summary>
    OfficeDecision,
}
