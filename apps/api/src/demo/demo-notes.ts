import type { NoteCategory } from '@noteshop/contracts';
import type { DemoLanguage } from './demo-personas';

/** What a demo note is about, per category and language: titles, body lines and hashtags. */
interface CategoryWriting {
  titles: string[];
  slots: string[];
  lines: string[];
  hashtags: string[];
}

// `{x}` in a title or line takes one of the category's slots.
export const DEMO_WRITING: Record<NoteCategory, Record<DemoLanguage, CategoryWriting>> = {
  fashion: {
    en: {
      titles: [
        '5 ways to wear a {x}',
        'My {x} capsule for autumn',
        'One {x}, a whole week of outfits',
        'The {x} I reach for every morning',
        'Office outfits built around a {x}',
        'Is this {x} worth it? Honest review',
      ],
      slots: [
        'trench coat',
        'white shirt',
        'linen blazer',
        'wide-leg trousers',
        'knit vest',
        'slip skirt',
        'denim jacket',
        'loafer',
      ],
      lines: [
        'Tried this on three body types in the family and it worked every time.',
        'The fabric is heavier than it looks, in a good way.',
        'Size down if you are between sizes.',
        'Pair it with something fitted so the shape still reads.',
        'Neutral colours mean it goes with half my wardrobe.',
        'Swipe for the details and the fit on me (170 cm).',
      ],
      hashtags: ['OOTD', 'capsulewardrobe', 'workwear', 'styling', 'fashion', 'outfitideas'],
    },
    'zh-CN': {
      titles: [
        '一件{x}的五种穿法',
        '秋冬{x}真的绝了',
        '小个子也能穿的{x}',
        '通勤必备的{x}分享',
        '被问爆的{x}链接来了',
        '{x}平价替代合集',
      ],
      slots: ['风衣', '白衬衫', '西装外套', '阔腿裤', '针织马甲', '半身裙', '牛仔外套', '乐福鞋'],
      lines: [
        '面料挺括不起球，上身很显气质。',
        '小个子建议选短款，比例更好。',
        '搭配一双乐福鞋，通勤周末都能穿。',
        '颜色很百搭，基础款必入。',
        '试了三个尺码，最后选了S码刚刚好。',
        '细节图在后面，姐妹们自取。',
      ],
      hashtags: ['穿搭', 'OOTD', '通勤', '小个子穿搭', '每日穿搭', '秋冬穿搭'],
    },
  },
  makeup: {
    en: {
      titles: [
        '10-minute {x} for busy mornings',
        'Swatching every {x} I own',
        'The {x} that survived a 12-hour day',
        'Drugstore {x} that beats the luxury one',
        'My {x} routine for sensitive skin',
        'How I make a {x} last all day',
      ],
      slots: [
        'lip tint',
        'cushion foundation',
        'blush',
        'eyeliner',
        'setting spray',
        'serum',
        'sunscreen',
        'brow pencil',
      ],
      lines: [
        'Warm undertones, so take my shade notes with that in mind.',
        'No pilling under sunscreen, which is rare.',
        'A little goes a long way; one tube lasted me four months.',
        'Layer thin and let each coat set.',
        'It photographs exactly like it looks in person.',
        'Patch test first if your skin is reactive.',
      ],
      hashtags: ['skincare', 'makeup', 'grwm', 'beauty', 'swatches', 'sensitiveskin'],
    },
    'zh-CN': {
      titles: [
        '黄皮亲妈{x}试色',
        '{x}真实测评不吹不黑',
        '新手也能画好的{x}',
        '夏天不脱妆的{x}',
        '敏感肌闭眼入的{x}',
        '平价{x}宝藏推荐',
      ],
      slots: ['口红', '气垫', '腮红', '眼线笔', '定妆喷雾', '精华', '防晒', '眉笔'],
      lines: [
        '质地很轻薄，上脸完全没有负担。',
        '黄皮用这个色号很提气色。',
        '持妆八小时，午饭后也只是轻微掉色。',
        '敏感肌用了一个月没有泛红。',
        '叠涂可以做出不同的效果。',
        '已经空瓶两支了，会一直回购。',
      ],
      hashtags: ['护肤', '化妆', '口红试色', '平价好物', '敏感肌', '美妆'],
    },
  },
  travel: {
    en: {
      titles: [
        'Carry-on only: {x} packing list',
        '3 days in {x} on a budget',
        'What I wish I knew before {x}',
        'The perfect weekend in {x}',
        'My {x} itinerary, hour by hour',
        'Hidden corners of {x}',
      ],
      slots: [
        'Lisbon',
        'Kyoto',
        'Chengdu',
        'Iceland',
        'Seoul',
        'Mexico City',
        'the Dolomites',
        'Hong Kong',
      ],
      lines: [
        'Book the early train; the light is worth it.',
        'Everything fit in one 40 L bag, including a jacket.',
        'Skip the famous café, walk two streets over.',
        'Public transport was easy with a contactless card.',
        'Rain jacket and good shoes, trust me.',
        'Full route and map pins are in the comments.',
      ],
      hashtags: ['travel', 'packinglist', 'carryon', 'weekendtrip', 'travelguide', 'wanderlust'],
    },
    'zh-CN': {
      titles: [
        '{x}三天两晚攻略',
        '第一次去{x}必看',
        '{x}小众景点合集',
        '一个包走遍{x}',
        '{x}citywalk路线分享',
        '在{x}住了一周的感受',
      ],
      slots: ['成都', '大理', '京都', '首尔', '西安', '厦门', '新疆', '香港'],
      lines: [
        '早上八点前出门，人少光线好。',
        '一个登机箱就够了，轻装出行太爽。',
        '当地小馆子比网红店好吃太多。',
        '地铁很方便，不用打车。',
        '带一件防风外套，早晚温差大。',
        '完整路线放在最后一张图。',
      ],
      hashtags: ['旅行', '旅游攻略', 'citywalk', '周末去哪儿', '小众景点', '旅行穿搭'],
    },
  },
  food: {
    en: {
      titles: [
        '{x} in 20 minutes',
        'The only {x} recipe you need',
        'Meal prep: a week of {x}',
        "I tried 5 {x} spots so you don't have to",
        'Cosy {x} for rainy days',
        'Budget {x} that tastes fancy',
      ],
      slots: [
        'noodles',
        'sourdough',
        'dumplings',
        'granola',
        'curry',
        'salad bowls',
        'banana bread',
        'ramen',
      ],
      lines: [
        'Double the sauce, you will want it.',
        'Freezes well for up to a month.',
        'The secret is toasting the spices first.',
        'Swap in tofu to make it vegetarian.',
        'Total cost was under ten dollars.',
        'Recipe card is the last picture.',
      ],
      hashtags: ['recipe', 'mealprep', 'foodie', 'homecooking', 'easyrecipes', 'brunch'],
    },
    'zh-CN': {
      titles: [
        '十分钟搞定的{x}',
        '零失败{x}做法',
        '一周减脂{x}不重样',
        '探店：人均50的{x}',
        '空气炸锅版{x}',
        '好吃到舔盘的{x}',
      ],
      slots: ['拌面', '戚风蛋糕', '饺子', '燕麦碗', '咖喱饭', '沙拉', '香蕉面包', '牛肉面'],
      lines: [
        '酱汁多做一点，拌饭绝了。',
        '提前一晚准备好，早上五分钟出餐。',
        '关键是小火慢慢炒香。',
        '不加糖也很香甜。',
        '两个人吃刚刚好。',
        '配方在最后一张图，记得收藏。',
      ],
      hashtags: ['美食', '减脂餐', '家常菜', '烘焙', '探店', '早餐'],
    },
  },
  home: {
    en: {
      titles: [
        'Rental-friendly {x} makeover',
        'Small space, smart {x}',
        'Before and after: my {x}',
        '{x} ideas under $50',
        'How I keep my {x} tidy',
        'Cosy {x} for winter',
      ],
      slots: [
        'bedroom',
        'entryway',
        'desk setup',
        'kitchen',
        'balcony',
        'bathroom',
        'reading nook',
        'closet',
      ],
      lines: [
        'No drilling, everything comes off cleanly.',
        'Warm bulbs changed the whole room.',
        'Vertical storage is the answer for small flats.',
        'I repainted the shelves in an afternoon.',
        'Ten minutes a night keeps it this way.',
        'Links to everything are tagged.',
      ],
      hashtags: [
        'homedecor',
        'smallspace',
        'organisation',
        'cosyhome',
        'rentalmakeover',
        'interiors',
      ],
    },
    'zh-CN': {
      titles: [
        '出租屋{x}改造',
        '小户型{x}收纳',
        '{x}改造前后对比',
        '百元改造{x}',
        '氛围感{x}布置',
        '我的{x}整理术',
      ],
      slots: ['卧室', '玄关', '书桌', '厨房', '阳台', '浴室', '阅读角', '衣柜'],
      lines: [
        '不用打孔，退租也不怕。',
        '换了暖光灯，氛围感一下就有了。',
        '垂直收纳是小户型的救星。',
        '一个下午就改造好了。',
        '每天睡前整理十分钟。',
        '好物都已经标注出来了。',
      ],
      hashtags: ['家居', '收纳', '出租屋改造', '氛围感', '小户型', '好物分享'],
    },
  },
  fitness: {
    en: {
      titles: [
        'A 30-minute {x} you can do anywhere',
        'My {x} routine, week 12',
        'Beginner {x}: start here',
        'What I wear for {x}',
        '{x} mistakes I made for years',
        'Recovery after {x}',
      ],
      slots: [
        'leg day',
        'morning run',
        'yoga flow',
        'HIIT session',
        'pilates',
        'mobility work',
        'long run',
        'upper body',
      ],
      lines: [
        'Form first, load later.',
        'Three rounds, rest one minute between.',
        'These shoes finally stopped my shin splints.',
        'Track it for four weeks before you judge it.',
        'Stretch after, not before.',
        'Full plan in the last slide.',
      ],
      hashtags: ['fitness', 'workout', 'running', 'yoga', 'gymoutfit', 'strength'],
    },
    'zh-CN': {
      titles: [
        '跟练{x}一个月的变化',
        '在家就能做的{x}',
        '新手{x}入门',
        '{x}穿什么',
        '{x}的常见误区',
        '{x}后的拉伸',
      ],
      slots: ['瑜伽', '晨跑', '帕梅拉', '练腿', '普拉提', '体态矫正', '跳绳', 'HIIT'],
      lines: [
        '动作标准比次数更重要。',
        '每天二十分钟，坚持就有效果。',
        '这双跑鞋真的很护膝。',
        '记得练完拉伸，不然第二天会酸。',
        '配合饮食效果更明显。',
        '完整计划在最后一张图。',
      ],
      hashtags: ['健身', '减脂', '瑜伽', '跑步', '运动穿搭', '自律'],
    },
  },
};

export const DEMO_COMMENTS: Record<DemoLanguage, string[]> = {
  en: [
    'Saving this for my next trip!',
    'Where is the top from?',
    'This is so helpful, thank you',
    'Tried it, can confirm it works',
    'Obsessed with the colours here',
    'How long did this take you?',
    'Need a part two please',
    'Adding to my list right now',
  ],
  'zh-CN': [
    '求链接！',
    '太实用了，已收藏',
    '姐妹这个色号叫什么',
    '照着做了一次，真的好吃',
    '这个搭配绝了',
    '请问身高体重多少呀',
    '蹲一个后续',
    '已经种草了',
  ],
};

export const DEMO_REPLIES: Record<DemoLanguage, string[]> = {
  en: [
    'Thank you! Link is tagged on the photo',
    'About 20 minutes start to finish',
    'Yes! Part two is coming next week',
  ],
  'zh-CN': ['谢谢喜欢～链接在图片上', '大概二十分钟就好', '后续已经在准备啦'],
};
