;; `f32.max` of two locals.

(module
  (func (export "f") (param $a f32) (param $b f32) (result f32)
    (f32.max (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005A
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: ucomiss xmm1,xmm0
;;     30: jp      0x0000000000000045
;;     36: jne     0x000000000000004F
;;     3c: andps   xmm1,xmm0
;;     40: jmp     0x0000000000000054
;;     45: addss   xmm1,xmm0
;;     4a: jmp     0x0000000000000054
;;     4f: maxss   xmm1,xmm0
;;     54: movaps  xmm0,xmm1
;;     58: leave
;;     59: ret
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000079
;;     69: cmp     rax,[r11+0x38]
;;     6e: jb      0x0000000000000093
;;     74: jmp     0x000000000000001E
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x20
;;     87: mov     eax,0xA
;;     8d: mov     rsp,[r11+8]
;;     92: ret
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x20
;;     a1: mov     eax,9
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
