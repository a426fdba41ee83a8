import type { NoteCategory } from '@noteshop/contracts';

export type DemoLanguage = 'en' | 'zh-CN';

/** A demo creator: who they are and what they post about. */
export interface DemoPersona {
  handle: string;
  displayName: string;
  bio: string;
  language: DemoLanguage;
  categories: NoteCategory[];
}

export const DEMO_PERSONAS: DemoPersona[] = [
  {
    handle: 'mei_ootd',
    displayName: 'Mei 的穿搭日记',
    bio: '小个子通勤穿搭 | 155cm | 每天一套不重样',
    language: 'zh-CN',
    categories: ['fashion', 'makeup'],
  },
  {
    handle: 'jess_travels',
    displayName: 'Jess travels light',
    bio: 'Carry-on only since 2019. Packing lists, slow trips, good coffee.',
    language: 'en',
    categories: ['travel', 'fashion'],
  },
  {
    handle: 'lin_skin',
    displayName: '林林护肤笔记',
    bio: '敏感肌 | 成分党 | 只说真话',
    language: 'zh-CN',
    categories: ['makeup', 'home'],
  },
  {
    handle: 'sam_lifts',
    displayName: 'Sam lifts things',
    bio: 'Strength coach. Simple programs, honest gear reviews.',
    language: 'en',
    categories: ['fitness', 'food'],
  },
  {
    handle: 'xiaoyu_eats',
    displayName: '小鱼爱探店',
    bio: '上海探店 | 人均100以内 | 不踩雷',
    language: 'zh-CN',
    categories: ['food', 'travel'],
  },
  {
    handle: 'nora_home',
    displayName: 'Nora at home',
    bio: 'Small flat, big ideas. Rental-friendly makeovers.',
    language: 'en',
    categories: ['home', 'fashion'],
  },
  {
    handle: 'ada_glow',
    displayName: 'Ada glow up',
    bio: 'Makeup artist. 10-minute looks for real mornings.',
    language: 'en',
    categories: ['makeup', 'fashion'],
  },
  {
    handle: 'chen_hikes',
    displayName: '陈陈去徒步',
    bio: '周末徒步 | 轻量化装备 | 川西 云南 新疆',
    language: 'zh-CN',
    categories: ['travel', 'fitness'],
  },
  {
    handle: 'olivia_thrifts',
    displayName: 'Olivia thrifts',
    bio: 'Capsule wardrobe, secondhand first, one outfit at a time.',
    language: 'en',
    categories: ['fashion', 'home'],
  },
  {
    handle: 'tangtang_bake',
    displayName: '糖糖的烘焙小屋',
    bio: '零失败烘焙 | 空气炸锅食谱 | 周末甜品',
    language: 'zh-CN',
    categories: ['food', 'home'],
  },
  {
    handle: 'leo_runs',
    displayName: 'Leo runs the city',
    bio: 'Marathoner, commuter runner, gear nerd.',
    language: 'en',
    categories: ['fitness', 'travel'],
  },
  {
    handle: 'qingqing_style',
    displayName: '青青的衣橱',
    bio: '法式慵懒风 | 一衣多穿 | 平价好物',
    language: 'zh-CN',
    categories: ['fashion', 'travel'],
  },
  {
    handle: 'maya_cooks',
    displayName: 'Maya cooks Tuesdays',
    bio: 'Weeknight dinners in 30 minutes. Mostly vegetables.',
    language: 'en',
    categories: ['food', 'fitness'],
  },
  {
    handle: 'yuki_makeup',
    displayName: '雪子的化妆台',
    bio: '日常妆 | 平价替代 | 新手友好教程',
    language: 'zh-CN',
    categories: ['makeup', 'fashion'],
  },
  {
    handle: 'ben_nomad',
    displayName: 'Ben the nomad',
    bio: 'Working from 30 countries and counting. Desk setups and day trips.',
    language: 'en',
    categories: ['travel', 'home'],
  },
  {
    handle: 'xiaomo_fit',
    displayName: '小茉减脂日记',
    bio: '帕梅拉 | 居家训练 | 减脂餐打卡',
    language: 'zh-CN',
    categories: ['fitness', 'food'],
  },
  {
    handle: 'grace_minimal',
    displayName: 'Grace, minimalist',
    bio: 'Fewer, better things. Cleaning routines that stick.',
    language: 'en',
    categories: ['home', 'makeup'],
  },
  {
    handle: 'anan_citywalk',
    displayName: '安安的城市漫步',
    bio: 'citywalk | 小众景点 | 拍照机位',
    language: 'zh-CN',
    categories: ['travel', 'food'],
  },
  {
    handle: 'zoe_layers',
    displayName: 'Zoe in layers',
    bio: 'Layering for four seasons. Tall-girl friendly.',
    language: 'en',
    categories: ['fashion', 'fitness'],
  },
  {
    handle: 'huahua_home',
    displayName: '花花的小窝',
    bio: '出租屋改造 | 收纳 | 氛围感布置',
    language: 'zh-CN',
    categories: ['home', 'makeup'],
  },
  {
    handle: 'kai_gym',
    displayName: 'Kai at the gym',
    bio: 'Beginner programs, mobility, recovery.',
    language: 'en',
    categories: ['fitness', 'fashion'],
  },
  {
    handle: 'lulu_lipstick',
    displayName: '露露口红控',
    bio: '试色狂魔 | 黄皮友好 | 每周上新',
    language: 'zh-CN',
    categories: ['makeup', 'travel'],
  },
  {
    handle: 'ivy_weekends',
    displayName: 'Ivy on weekends',
    bio: 'Weekend getaways within a train ride.',
    language: 'en',
    categories: ['travel', 'food'],
  },
  {
    handle: 'aming_dress',
    displayName: '阿明的男生穿搭',
    bio: '男生基础款 | 180cm | 通勤与休闲',
    language: 'zh-CN',
    categories: ['fashion', 'fitness'],
  },
  {
    handle: 'ruby_bakes',
    displayName: 'Ruby bakes bread',
    bio: 'Sourdough, slowly. Kitchen tools that earn their space.',
    language: 'en',
    categories: ['food', 'home'],
  },
  {
    handle: 'wen_yoga',
    displayName: '文文瑜伽',
    bio: '晨间瑜伽 | 体态矫正 | 温柔的自律',
    language: 'zh-CN',
    categories: ['fitness', 'makeup'],
  },
];

/** Shoppers who like, save, comment and follow without posting. */
export const DEMO_SHOPPER_NAMES = [
  'Amy',
  'Brian',
  'Chloe',
  'Daniel',
  'Emma',
  'Fang',
  'Hui',
  'Jun',
  'Lei',
  'Ming',
  'Ning',
  'Ping',
];
