package io.hdx.model.document;

import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.TimeInterval;

/**
 * What an {@code effectiveTime} of CDA R2 may hold (POCD_MT000040: IVL_TS on the encompassing encounter, on
 * observations, procedures and acts): a point in time ({@code @value}), an interval ({@code low}/{@code high})
 * or a null flavor.
 *
 * <p>Thread safety: stateless.
 */
final class EffectiveTimes {
  private EffectiveTimes() {}

  /** {@code time} (may be null) when it is one of those forms; IAE otherwise. */
  static Hl7Value check(Hl7Value time) {
    if (time == null || time instanceof PointInTime || time instanceof TimeInterval) {
      return time;
    }
    if (time instanceof NullValue && (time.type() == Hl7Type.TS || time.type() == Hl7Type.IVL_TS)) {
      return time;
    }
    throw new IllegalArgumentException("an effectiveTime is a TS, an IVL_TS or a null flavor of either, not "
        + time.type());
  }
}
