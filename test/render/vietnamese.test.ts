import { describe, expect, it } from "vitest";
import {
  diemLetter,
  foldKey,
  isNamedAfterPersonOrNumber,
  looksNamedAfterPersonOrNumber,
  placeOfUnit,
  slugify,
  splitUnit,
  toRoman,
  upperVi,
} from "../../src/render/vietnamese.js";

describe("Vietnamese helpers", () => {
  it("upper-cases Vietnamese, including đ and tone marks", () => {
    expect(upperVi("xã Na Dương")).toBe("XÃ NA DƯƠNG");
    expect(upperVi("đặc khu Côn Đảo")).toBe("ĐẶC KHU CÔN ĐẢO");
  });

  it("folds case, diacritics and tone-mark placement into one key", () => {
    expect(foldKey("Hòa")).toBe(foldKey("Hoà"));
    expect(foldKey("Thanh Hoá")).toBe("thanh hoa");
    expect(foldKey("  Đông   Kinh ")).toBe("dong kinh");
  });

  it("makes ASCII file-name slugs", () => {
    expect(slugify("Xã Na Dương")).toBe("xa-na-duong");
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
    expect(slugify("Phú Hòa 1")).toBe("phu-hoa-1");
  });

  it("writes Roman numerals and Vietnamese điểm letters (no f, j, w, z)", () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(["I", "IV", "IX", "XIV", "XL"]);
    expect([0, 3, 4, 5, 6].map(diemLetter)).toEqual(["a", "d", "đ", "e", "g"]);
  });

  it("splits a unit's type from its name", () => {
    expect(splitUnit("xã Na Dương")).toEqual({ type: "xã", name: "Na Dương" });
    expect(splitUnit("thành phố Hồ Chí Minh")).toEqual({ type: "thành phố", name: "Hồ Chí Minh" });
    expect(splitUnit("Lạng Sơn")).toEqual({ type: "", name: "Lạng Sơn" });
  });

  it("keeps the generic noun for units named after a person or a number (PL I, II.4a)", () => {
    expect(isNamedAfterPersonOrNumber("Lương Văn Tri")).toBe(true);
    expect(isNamedAfterPersonOrNumber("Hoàng Văn Thụ")).toBe(true);
    expect(isNamedAfterPersonOrNumber("Phú Hòa 1")).toBe(true);
    expect(isNamedAfterPersonOrNumber("Na Dương")).toBe(false);
    expect(isNamedAfterPersonOrNumber("Đông Kinh")).toBe(false);
    expect(placeOfUnit("phường Lương Văn Tri")).toBe("Phường Lương Văn Tri");
    expect(placeOfUnit("thành phố Hồ Chí Minh")).toBe("Thành phố Hồ Chí Minh");
    expect(placeOfUnit("xã Thất Khê")).toBe("Thất Khê");
  });

  it("takes 2025 units from the curated list, whatever the shape of the name", () => {
    expect(placeOfUnit("xã Hoàng Văn Thụ")).toBe("Xã Hoàng Văn Thụ");
    expect(placeOfUnit("Phường Lương Văn Tri")).toBe("Phường Lương Văn Tri");
    expect(placeOfUnit("xã Quang Trung")).toBe("Xã Quang Trung");
    expect(placeOfUnit("xã Kim Đồng")).toBe("Xã Kim Đồng");
    expect(placeOfUnit("phường Hai Bà Trưng")).toBe("Phường Hai Bà Trưng");
    expect(placeOfUnit("phường Điện Biên Phủ")).toBe("Phường Điện Biên Phủ");
    expect(placeOfUnit("xã Bạch Đằng")).toBe("Xã Bạch Đằng");
    expect(placeOfUnit("phường 1 Bảo Lộc")).toBe("Phường 1 Bảo Lộc");
    expect(placeOfUnit("xã A Lưới 3")).toBe("Xã A Lưới 3");
    // Place names that look like a person's: the list says no.
    expect(placeOfUnit("xã Hoàng Su Phì")).toBe("Hoàng Su Phì");
    expect(placeOfUnit("xã Cù Lao Dung")).toBe("Cù Lao Dung");
    expect(placeOfUnit("phường Lâm Viên - Đà Lạt")).toBe("Lâm Viên - Đà Lạt");
    expect(placeOfUnit("xã Kim Đông")).toBe("Kim Đông");
    expect(placeOfUnit("tỉnh Điện Biên")).toBe("Điện Biên");
  });

  it("guesses from the shape of a name outside the 2025 list", () => {
    expect(placeOfUnit("xã Nguyễn Văn Cừ")).toBe("Xã Nguyễn Văn Cừ");
    expect(placeOfUnit("quận 1")).toBe("Quận 1");
    expect(placeOfUnit("thị trấn Ba Mươi Tháng Tư")).toBe("Thị trấn Ba Mươi Tháng Tư");
    expect(placeOfUnit("huyện Tràng Định")).toBe("Tràng Định");
    expect(looksNamedAfterPersonOrNumber("Hoàng Su Phì")).toBe(true);
    expect(isNamedAfterPersonOrNumber("Hoàng Su Phì")).toBe(false);
  });
});
