/**
 * The HL7 V3 data types (HL7 V3 Data Types R1, as used by CDA R2 and so by WS/T 500 and WS/T 483)
 * that the shared documents use, as immutable Java values: {@link io.hdx.model.datatype.InstanceIdentifier}
 * (II), {@link io.hdx.model.datatype.CodedValue} (CD, CE, CV), {@link io.hdx.model.datatype.PhysicalQuantity}
 * (PQ), {@link io.hdx.model.datatype.PointInTime} (TS), {@link io.hdx.model.datatype.TimeInterval}
 * (IVL_TS), {@link io.hdx.model.datatype.Text} (ST), {@link io.hdx.model.datatype.IntegerValue} (INT),
 * {@link io.hdx.model.datatype.RealValue} (REAL), {@link io.hdx.model.datatype.BooleanValue} (BL),
 * {@link io.hdx.model.datatype.MonetaryAmount} (MO), {@link io.hdx.model.datatype.EncapsulatedData}
 * (ED) and {@link io.hdx.model.datatype.NullValue} (any type with a nullFlavor). Every one implements
 * {@link io.hdx.model.datatype.Hl7Value}, whose {@link io.hdx.model.datatype.Hl7Value#type()} names its
 * {@code xsi:type}.
 *
 * <p>{@code toString()} of the types that can hold patient data (II, ST, ED, TS) masks the value.
 *
 * <p>Null policy: parameters and return values are non-null; absent parts are {@code Optional}.
 *
 * @since 0.1.0
 */
package io.hdx.model.datatype;
