/**
 * A Chinese place as written on a registration (四川省成都市金牛区荷花池市场, 广东省,云浮市) split into the
 * province, city and district boxes by a simple rule: a province-level name from the fixed list of 34, then
 * a name ending in 市/州/地区/盟, then one ending in 区/县/市/旗; what follows is the spot. When the text does not
 * begin that way (湖南邵阳, 火车站附近) nothing is split: it all stays one piece.
 */

export interface SplitPlace {
  readonly province: string;
  readonly city: string;
  readonly district: string;
  /** What follows the district (a street, a market), or the whole text when it could not be split. */
  readonly rest: string;
}

// The province-level divisions, as written in full and as said short (四川, 广西, 内蒙古).
const MUNICIPALITIES = ['北京', '天津', '上海', '重庆'];
const PROVINCES: readonly (readonly [string, string])[] = [
  ['河北省', '河北'],
  ['山西省', '山西'],
  ['辽宁省', '辽宁'],
  ['吉林省', '吉林'],
  ['黑龙江省', '黑龙江'],
  ['江苏省', '江苏'],
  ['浙江省', '浙江'],
  ['安徽省', '安徽'],
  ['福建省', '福建'],
  ['江西省', '江西'],
  ['山东省', '山东'],
  ['河南省', '河南'],
  ['湖北省', '湖北'],
  ['湖南省', '湖南'],
  ['广东省', '广东'],
  ['海南省', '海南'],
  ['四川省', '四川'],
  ['贵州省', '贵州'],
  ['云南省', '云南'],
  ['陕西省', '陕西'],
  ['甘肃省', '甘肃'],
  ['青海省', '青海'],
  ['台湾省', '台湾'],
  ['内蒙古自治区', '内蒙古'],
  ['广西壮族自治区', '广西'],
  ['西藏自治区', '西藏'],
  ['宁夏回族自治区', '宁夏'],
  ['新疆维吾尔自治区', '新疆'],
  ['香港特别行政区', '香港'],
  ['澳门特别行政区', '澳门'],
];

/** The province-level divisions as said short (北京, 四川, 内蒙古): a word of their own in a place's text (湖南邵阳). */
export const PROVINCE_SHORT_NAMES: readonly string[] = [...MUNICIPALITIES, ...PROVINCES.map(([, short]) => short)];

// 市 before 场 is a market (荷花池市场), not a city; 市区 and 市中心 are the middle of a town.
const CITY = /^(\p{Script=Han}{1,12}?(?:市(?![场区中])|自治州|地区|盟))/u;
const DISTRICT = /^(\p{Script=Han}{1,12}?(?:区|县|市(?![场区中])|旗))/u;
// Separators the site puts between the parts (广东省,云浮市).
const SEPARATORS = /[\s,，、/／·]+/gu;

interface Province {
  readonly province: string;
  readonly municipality: boolean;
  /** Written short (四川, 北京): only a split if a city or district follows. */
  readonly short: boolean;
  readonly length: number;
}

function provinceAt(text: string): Province | null {
  for (const city of MUNICIPALITIES) {
    if (text.startsWith(`${city}市`)) return { province: `${city}市`, municipality: true, short: false, length: city.length + 1 };
    if (text.startsWith(city)) return { province: `${city}市`, municipality: true, short: true, length: city.length };
  }
  for (const [full, short] of PROVINCES) {
    if (text.startsWith(full)) return { province: full, municipality: false, short: false, length: full.length };
    // 吉林市 is a city of 吉林省, not the province.
    if (text.startsWith(short) && text[short.length] !== '市')
      return { province: short, municipality: false, short: true, length: short.length };
  }
  return null;
}

/**
 * The Traditional characters of province names and level words, each to its Simplified one (one character to
 * one, so an index in one text is the same place in the other): a place written in Traditional (廣東省深圳市寶安區,
 * 臺灣臺中市) is matched as the Simplified one and split at the same places, and its boxes keep its own script.
 */
const SIMPLIFIED: Readonly<Record<string, string>> = {
  區: '区',
  縣: '县',
  東: '东',
  廣: '广',
  蘇: '苏',
  龍: '龙',
  臺: '台',
  灣: '湾',
  門: '门',
  別: '别',
  遼: '辽',
  寧: '宁',
  雲: '云',
  貴: '贵',
  陝: '陕',
  肅: '肃',
  維: '维',
  爾: '尔',
  壯: '壮',
  慶: '庆',
  鄉: '乡',
  鎮: '镇',
};
const forMatching = (text: string) => text.replace(/\p{Script=Han}/gu, (ch) => SIMPLIFIED[ch] ?? ch);

/** The place split into its boxes; `rest` is all of it when it does not begin with a province or a city. */
export function splitPlace(place: string): SplitPlace {
  const whole = place.trim();
  const original = whole.replace(SEPARATORS, '');
  // Matched as Simplified; the boxes are cut from the text as written.
  const text = forMatching(original);
  let at = 0;
  let province = '';
  let city = '';
  let district = '';
  const found = provinceAt(text);
  if (found) {
    province = found.municipality ? found.province : original.slice(0, found.length);
    at = found.length;
    // 北京市朝阳区: the city is Beijing too (posts name the city when they are short of room).
    if (found.municipality) city = found.province;
  }
  if (city === '') {
    const match = CITY.exec(text.slice(at));
    if (match?.[1]) {
      city = original.slice(at, at + match[1].length);
      at += city.length;
    }
  }
  // A district without a province or city before it is not told from a street name (中山区 vs 中山路): kept whole.
  if (province !== '' || city !== '') {
    const match = DISTRICT.exec(text.slice(at));
    if (match?.[1]) {
      district = original.slice(at, at + match[1].length);
      at += district.length;
    }
  }
  // 湖南邵阳, 北京路: a short province name with nothing recognised after it is not split either.
  const nothingAfter = found?.municipality ? district === '' : city === '' && district === '';
  if ((city === '' && district === '') || (found?.short === true && nothingAfter))
    return { province: '', city: '', district: '', rest: whole };
  return { province, city, district, rest: original.slice(at) };
}
