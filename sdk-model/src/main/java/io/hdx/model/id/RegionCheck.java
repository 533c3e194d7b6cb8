package io.hdx.model.id;

/**
 * How strictly the address code of a resident ID number (GB 11643-1999 §5.2: the GB/T 2260 code
 * of the county where the person's household was registered when the number was assigned) is
 * checked against the bundled {@link io.hdx.model.valueset.AdministrativeDivisions}.
 *
 * <p>A number keeps its address code for life, even after the county is merged or renamed, so
 * valid numbers of older people often carry retired codes: use {@link #LENIENT} for data about
 * real people, {@link #STRICT} to check numbers that should have been assigned recently.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum RegionCheck {
  /**
   * Accepts only a code of the bundled current edition (GB/T 2260 as of the Ministry of Civil
   * Affairs' 2021 list): province, prefecture or county level.
   */
  STRICT,
  /**
   * Accepts a code that is any of:
   * <ol>
   *   <li>a code of the bundled current edition (as {@link #STRICT});
   *   <li>a bundled retired code: one listed in a GB/T 2260 revision between 2002-12 and 2016-07
   *       but no longer in the current edition (e.g. {@code 110103} 崇文区);
   *   <li>any other six-digit code whose first two digits are the prefix of a bundled province
   *       (e.g. {@code 440524}, a code retired in the 1990s that the bundled history does not
   *       list). This last clause stands in for the codes retired before 2002-12, for which HDX
   *       bundles no list; it cannot tell such a code from a mistyped one.
   * </ol>
   */
  LENIENT
}
