;; A division with values live below it in `rax` and `rdx`: they move to other registers.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.add (i32.add (i32.mul (local.get $a) (local.get $a)) (i32.mul (local.get $b) (local.get $b)))
      (i32.div_s (local.get $a) (local.get $b)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000074
;;     1e: mov     r10d,[rbp+0x18]
;;     23: mov     r9d,[rbp+0x10]
;;     28: mov     rax,r10
;;     2b: imul    eax,r10d
;;     2f: mov     rcx,r9
;;     32: imul    ecx,r9d
;;     36: add     eax,ecx
;;     39: mov     rcx,r9
;;     3c: mov     rsi,rax
;;     3f: mov     rax,r10
;;     42: test    ecx,ecx
;;     45: je      0x00000000000000C7
;;     4b: cmp     ecx,0xFFFFFFFF
;;     52: jne     0x0000000000000066
;;     58: neg     eax
;;     5b: jo      0x00000000000000E1
;;     61: jmp     0x000000000000006A
;;     66: cdq
;;     67: idiv    ecx
;;     6a: add     esi,eax
;;     6d: mov     rax,rsi
;;     70: leave
;;     71: ret     0x10
;;     74: cmp     dword ptr [r11+0x14],0
;;     7d: jne     0x0000000000000093
;;     83: cmp     rax,[r11+0x38]
;;     88: jb      0x00000000000000AD
;;     8e: jmp     0x000000000000001E
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x20
;;     a1: mov     eax,0xA
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
;;     ad: mov     r11,[r14]
;;     b2: mov     qword ptr [r11+0x18],0x20
;;     bb: mov     eax,9
;;     c1: mov     rsp,[r11+8]
;;     c6: ret
;;     c7: mov     r11,[r14]
;;     cc: mov     qword ptr [r11+0x18],0x30
;;     d5: mov     eax,2
;;     db: mov     rsp,[r11+8]
;;     e0: ret
;;     e1: mov     r11,[r14]
;;     e6: mov     qword ptr [r11+0x18],0x30
;;     ef: mov     eax,3
;;     f5: mov     rsp,[r11+8]
;;     fa: ret
