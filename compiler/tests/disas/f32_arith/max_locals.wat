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
;;     18: jb      0x000000000000005C
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
;;     59: ret     0x10
;;     5c: cmp     dword ptr [r11+0x14],0
;;     65: jne     0x000000000000007B
;;     6b: cmp     rax,[r11+0x38]
;;     70: jb      0x0000000000000095
;;     76: jmp     0x000000000000001E
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x20
;;     89: mov     eax,0xA
;;     8f: mov     rsp,[r11+8]
;;     94: ret
;;     95: mov     r11,[r14]
;;     9a: mov     qword ptr [r11+0x18],0x20
;;     a3: mov     eax,9
;;     a9: mov     rsp,[r11+8]
;;     ae: ret
