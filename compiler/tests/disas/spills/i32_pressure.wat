;; 16 values live at once: more than the free registers, so the oldest are spilled.
;; Finding: the spilled value at the top of the machine stack is popped into a fresh
;; register and the result moved back to `rax`, where `add eax,[slot]` would do.

(module
  (func (export "f") (param $a i32) (result i32)
    (i32.mul (local.get $a) (i32.const 1)) (i32.mul (local.get $a) (i32.const 2)) (i32.mul (local.get $a) (i32.const 3)) (i32.mul (local.get $a) (i32.const 4)) (i32.mul (local.get $a) (i32.const 5)) (i32.mul (local.get $a) (i32.const 6)) (i32.mul (local.get $a) (i32.const 7)) (i32.mul (local.get $a) (i32.const 8)) (i32.mul (local.get $a) (i32.const 9)) (i32.mul (local.get $a) (i32.const 10)) (i32.mul (local.get $a) (i32.const 11)) (i32.mul (local.get $a) (i32.const 12)) (i32.mul (local.get $a) (i32.const 13)) (i32.mul (local.get $a) (i32.const 14)) (i32.mul (local.get $a) (i32.const 15)) (i32.mul (local.get $a) (i32.const 16))
    (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add) (i32.add)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0xB8]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000016C
;;     1e: mov     r10d,[rbp+0x10]
;;     23: imul    eax,r10d,1
;;     2a: imul    ecx,r10d,2
;;     31: imul    edx,r10d,3
;;     38: imul    esi,r10d,4
;;     3f: imul    edi,r10d,5
;;     46: imul    r8d,r10d,6
;;     4d: imul    r9d,r10d,7
;;     54: push    rax
;;     56: push    rcx
;;     58: push    rdx
;;     5a: push    rsi
;;     5c: push    rdi
;;     5e: push    r8
;;     60: push    r9
;;     62: imul    eax,r10d,8
;;     69: imul    ecx,r10d,9
;;     70: imul    edx,r10d,0xA
;;     77: imul    esi,r10d,0xB
;;     7e: imul    edi,r10d,0xC
;;     85: imul    r8d,r10d,0xD
;;     8c: imul    r9d,r10d,0xE
;;     93: push    rax
;;     95: push    rcx
;;     97: push    rdx
;;     99: push    rsi
;;     9b: push    rdi
;;     9d: push    r8
;;     9f: push    r9
;;     a1: imul    eax,r10d,0xF
;;     a8: imul    ecx,r10d,0x10
;;     af: add     eax,ecx
;;     b2: mov     ecx,[rbp-0x78]
;;     b7: lea     rsp,[rsp+8]
;;     bc: add     ecx,eax
;;     bf: mov     eax,[rbp-0x70]
;;     c4: lea     rsp,[rsp+8]
;;     c9: add     eax,ecx
;;     cc: mov     ecx,[rbp-0x68]
;;     d1: lea     rsp,[rsp+8]
;;     d6: add     ecx,eax
;;     d9: mov     eax,[rbp-0x60]
;;     de: lea     rsp,[rsp+8]
;;     e3: add     eax,ecx
;;     e6: mov     ecx,[rbp-0x58]
;;     eb: lea     rsp,[rsp+8]
;;     f0: add     ecx,eax
;;     f3: mov     eax,[rbp-0x50]
;;     f8: lea     rsp,[rsp+8]
;;     fd: add     eax,ecx
;;    100: mov     ecx,[rbp-0x48]
;;    105: lea     rsp,[rsp+8]
;;    10a: add     ecx,eax
;;    10d: mov     eax,[rbp-0x40]
;;    112: lea     rsp,[rsp+8]
;;    117: add     eax,ecx
;;    11a: mov     ecx,[rbp-0x38]
;;    11f: lea     rsp,[rsp+8]
;;    124: add     ecx,eax
;;    127: mov     eax,[rbp-0x30]
;;    12c: lea     rsp,[rsp+8]
;;    131: add     eax,ecx
;;    134: mov     ecx,[rbp-0x28]
;;    139: lea     rsp,[rsp+8]
;;    13e: add     ecx,eax
;;    141: mov     eax,[rbp-0x20]
;;    146: lea     rsp,[rsp+8]
;;    14b: add     eax,ecx
;;    14e: mov     ecx,[rbp-0x18]
;;    153: lea     rsp,[rsp+8]
;;    158: add     ecx,eax
;;    15b: mov     eax,[rbp-0x10]
;;    160: lea     rsp,[rsp+8]
;;    165: add     eax,ecx
;;    168: leave
;;    169: ret     8
;;    16c: cmp     dword ptr [r11+0x14],0
;;    175: jne     0x000000000000018B
;;    17b: cmp     rax,[r11+0x38]
;;    180: jb      0x00000000000001A5
;;    186: jmp     0x000000000000001E
;;    18b: mov     r11,[r14]
;;    190: mov     qword ptr [r11+0x18],0x1F
;;    199: mov     eax,0xA
;;    19f: mov     rsp,[r11+8]
;;    1a4: ret
;;    1a5: mov     r11,[r14]
;;    1aa: mov     qword ptr [r11+0x18],0x1F
;;    1b3: mov     eax,9
;;    1b9: mov     rsp,[r11+8]
;;    1be: ret
